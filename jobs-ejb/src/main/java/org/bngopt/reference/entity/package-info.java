/**
 * JPA mappings of the reference tables (read-only here). Each row turns itself into the immutable
 * snapshot record of optimiser-lib.
 */
package org.bngopt.reference.entity;
