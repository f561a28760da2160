package org.bngopt.jobs.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Writes the history rows of cache hits off the request path, in batches: one drain at a time takes up
 * to {@value #BATCH} rows per JDBC batch. When Postgres is unavailable the rows stay queued and the
 * drain retries, so an outage delays history rows instead of losing them or slowing answers. The
 * caller hands over a container-managed executor: this bean may be created on a Redis callback thread,
 * where resource injection finds no naming context.
 */
@ApplicationScoped
public class CacheHitHistory {
    private static final Logger LOG = Logger.getLogger(CacheHitHistory.class.getName());
    static final int BATCH = 500;
    private static final long RETRY_SECONDS = 2;

    /** One answered-from-cache submission. */
    public record CacheHit(UUID id, String jobKey, String requestHash, String referenceVersion, String requestJson,
                           String resultJson) {
    }

    @Inject
    JobStore store;

    private final ConcurrentLinkedDeque<CacheHit> pending = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    public void record(CacheHit hit, Executor executor) {
        pending.add(hit);
        if (draining.compareAndSet(false, true)) {
            executor.execute(() -> drain(executor));
        }
    }

    private void drain(Executor executor) {
        try {
            while (!pending.isEmpty()) {
                List<CacheHit> batch = new ArrayList<>(BATCH);
                for (CacheHit hit; batch.size() < BATCH && (hit = pending.poll()) != null; ) {
                    batch.add(hit);
                }
                try {
                    store.recordCacheHits(batch);
                } catch (RuntimeException e) {
                    batch.reversed().forEach(pending::addFirst);
                    LOG.warning(() -> pending.size() + " cache-hit history rows wait for the database: " + e.getMessage());
                    CompletableFuture.delayedExecutor(RETRY_SECONDS, TimeUnit.SECONDS, executor).execute(() -> drain(executor));
                    return;
                }
            }
            draining.set(false);
            if (!pending.isEmpty() && draining.compareAndSet(false, true)) {
                executor.execute(() -> drain(executor));
            }
        } catch (RuntimeException e) {
            draining.set(false);
            throw e;
        }
    }

    @PreDestroy
    void flush() {
        List<CacheHit> rest = new ArrayList<>(pending);
        pending.clear();
        if (!rest.isEmpty()) {
            try {
                store.recordCacheHits(rest);
            } catch (RuntimeException e) {
                LOG.warning(() -> "history rows of " + rest.size() + " cache hits lost at shutdown: " + e.getMessage());
            }
        }
    }
}
