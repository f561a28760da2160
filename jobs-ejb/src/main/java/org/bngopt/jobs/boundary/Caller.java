package org.bngopt.jobs.boundary;

/** Who asks about a job: a user name (or {@code token:} and a token name), and whether an admin. */
public record Caller(String name, boolean admin) {
}
