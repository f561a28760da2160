package org.bngopt.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.BackgroundBatches;

import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Writes the history rows of cache hits off the request path, in batches, so that a cache hit costs
 * Postgres nothing while it is answered and an outage delays the rows rather than losing them.
 */
@ApplicationScoped
public class CacheHitHistory {

    /** One answered-from-cache submission. */
    public record CacheHit(UUID id, String jobKey, String requestHash, String referenceVersion, String requestJson,
                           String submittedBy) {
    }

    @Inject
    JobStore store;

    private BackgroundBatches<CacheHit> batches;

    @PostConstruct
    void create() {
        batches = new BackgroundBatches<>("cache-hit history rows", store::recordCacheHits);
    }

    public void record(CacheHit hit, Executor executor) {
        batches.add(hit, executor);
    }

    @PreDestroy
    void flush() {
        batches.flush();
    }
}
