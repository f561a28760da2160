/**
 * From a validated request and a reference snapshot to a result: the options of R7, the staged
 * lexicographic optimisation of R8–R10 on ojalgo, and the rounding and money of R10.1–R12.
 */
package org.bngopt.solve;
