/**
 * {@code /api/jobs} and {@code /api/cache}: submitting quotes, following and cancelling jobs, the
 * job history, and emptying the result cache.
 */
package org.bngopt.api.jobs;
