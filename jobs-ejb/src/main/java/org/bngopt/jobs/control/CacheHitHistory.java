package org.bngopt.jobs.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Writes the history rows of cache hits off the request path: one long-lived drainer takes what has
 * queued up, up to {@value #BATCH} rows per JDBC batch, and then pauses {@value #PAUSE_MILLIS} ms so
 * that the next batch gathers many rows even at low rates, rather than costing Postgres a transaction
 * per hit. History rows therefore appear a fraction of a second late. When Postgres is unavailable the batch is kept
 * and retried, so an outage delays history rows instead of losing them or slowing answers. The
 * drainer is started once, on the executor of the first caller: submitting a task per hit was
 * measured to cost more than the rest of a cache hit, because Payara captures the caller's context
 * (a class-path resource scan) for every managed task.
 */
@ApplicationScoped
public class CacheHitHistory {
    private static final Logger LOG = Logger.getLogger(CacheHitHistory.class.getName());
    static final int BATCH = 500;
    private static final long RETRY_MILLIS = 2_000;
    static final long PAUSE_MILLIS = 100;

    /** One answered-from-cache submission. */
    public record CacheHit(UUID id, String jobKey, String requestHash, String referenceVersion, String requestJson) {
    }

    @Inject
    JobStore store;

    private final BlockingQueue<CacheHit> pending = new LinkedBlockingQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean running = true;

    public void record(CacheHit hit, Executor executor) {
        pending.add(hit);
        if (started.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        List<CacheHit> batch = new ArrayList<>(BATCH);
        try {
            while (running) {
                if (batch.isEmpty()) {
                    CacheHit first = pending.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    pending.drainTo(batch, BATCH - 1);
                }
                try {
                    store.recordCacheHits(batch);
                    batch.clear();
                    Thread.sleep(PAUSE_MILLIS);
                } catch (RuntimeException e) {
                    LOG.warning(() -> pending.size() + batch.size() + " cache-hit history rows wait for the database: "
                            + e.getMessage());
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pending.addAll(batch);
        }
    }

    @PreDestroy
    void flush() {
        running = false;
        List<CacheHit> rest = new ArrayList<>();
        pending.drainTo(rest);
        if (!rest.isEmpty()) {
            try {
                store.recordCacheHits(rest);
            } catch (RuntimeException e) {
                LOG.warning(() -> "history rows of " + rest.size() + " cache hits lost at shutdown: " + e.getMessage());
            }
        }
    }
}
