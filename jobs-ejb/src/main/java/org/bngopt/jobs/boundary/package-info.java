/**
 * The job pipeline's façades: {@code Jobs} for submission, status, cancellation and history, and
 * {@code Workers}, the consumer loops and the reconciler started with the application.
 */
package org.bngopt.jobs.boundary;
