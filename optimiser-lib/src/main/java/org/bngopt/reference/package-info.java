/**
 * The reference-data snapshot: immutable records of the tables of rules.md R1, and the reader that
 * builds a snapshot from a folder of CSV files (the sample set ships inside this package).
 */
package org.bngopt.reference;
