/**
 * The command-line entry point: a request file and a reference folder in, the result JSON out.
 */
package org.bngopt.cli;
