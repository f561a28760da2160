/**
 * The parts of the job pipeline without a transaction boundary of their own: the job store (Postgres),
 * the work stream and the result cache (Redis), the settings, and the runner of one job.
 */
package org.bngopt.jobs.control;
