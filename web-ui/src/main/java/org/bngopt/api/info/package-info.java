/**
 * {@code /api/info}: what is answering.
 */
package org.bngopt.api.info;
