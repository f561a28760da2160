/**
 * The JSON API under {@code /api}: thin JAX-RS resources, one package per feature, over the boundaries
 * of jobs-ejb.
 */
package org.bngopt.api;
