package org.bngopt.jobs.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The life of a job: queued → started → finished | failed, or cancelled before it finishes. */
public enum JobStatus {
    QUEUED, STARTED, FINISHED, FAILED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Queued or started: not yet in a final state. */
    public boolean live() {
        return this == QUEUED || this == STARTED;
    }

    public static Optional<JobStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
