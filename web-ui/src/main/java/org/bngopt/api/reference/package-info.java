/**
 * {@code /api/reference/*}: the reference data the pages and other systems need, from the in-memory
 * snapshot.
 */
package org.bngopt.api.reference;
