package org.bngopt.contract;

/** The 202 answer to a submission: the job to follow. */
public record Accepted(String id, String status) {
}
