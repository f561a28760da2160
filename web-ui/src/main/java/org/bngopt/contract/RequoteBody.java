package org.bngopt.contract;

/** The job whose result a requote is priced from. */
public record RequoteBody(String jobId) {
}
