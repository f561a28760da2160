package org.bngopt.watches.entity;

import org.bngopt.watch.WatchCondition;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A watched request: whose it is, what it waits for, whether that holds now ({@code met}), the job of its
 * latest evaluation and the reference-data version it was evaluated on, and an evaluation under way.
 */
public record Watch(long id, String owner, String name, String requestJson, WatchCondition condition, BigDecimal threshold,
                    String email, boolean active, boolean met, UUID lastJobId, String evaluatedVersion, UUID pendingJobId,
                    String pendingVersion, OffsetDateTime createdAt) {
}
