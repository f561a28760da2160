/**
 * The job as stored in the {@code jobs} table: the durable record of every submission.
 */
package org.bngopt.jobs.entity;
