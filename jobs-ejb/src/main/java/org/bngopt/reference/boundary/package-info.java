/**
 * The reference-data façade: the current snapshot, built from the tables once per version.
 */
package org.bngopt.reference.boundary;
