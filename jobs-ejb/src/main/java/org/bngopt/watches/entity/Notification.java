package org.bngopt.watches.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notification for its owner: what it says, the job whose result it is about, and when it was read. */
public record Notification(long id, String owner, Long watchId, OffsetDateTime createdAt, String message, UUID jobId,
                           OffsetDateTime readAt) {
}
