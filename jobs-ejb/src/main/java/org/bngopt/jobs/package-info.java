/**
 * Optimisation as a service: job submission with single flight, the result cache, the work stream,
 * the workers and the job history.
 */
package org.bngopt.jobs;
