/**
 * Reference-data logic without a transaction boundary of its own: writing a snapshot into the tables
 * and the one-time load of the sample set.
 */
package org.bngopt.reference.control;
