package org.bngopt.jobs.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the job history; {@code requestJson} is the canonical request, {@code resultJson} the §12 result;
 * {@code submittedBy} is who asked for it (a user name, or {@code token:} and a token name). */
public record Job(UUID id, String jobKey, String referenceVersion, String requestJson, JobStatus status, int progress,
                  boolean cached, String resultJson, String error, String instance, int attempts,
                  OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                  String submittedBy) {
}
