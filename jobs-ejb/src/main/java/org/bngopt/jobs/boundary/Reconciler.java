package org.bngopt.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.SchemaMigration;
import org.bngopt.jobs.control.JobQueue;
import org.bngopt.jobs.control.JobStore;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every 10 s, re-enqueues the unfinished jobs of the job history when the stream is new (the first start,
 * or Redis lost its data), so that Postgres, not Redis, decides which work is still owed.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Reconciler {
    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobQueue queue;

    @Inject
    JobStore store;

    @Inject
    SchemaMigration schema;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::reconcile, 0, 10, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void reconcile() {
        try {
            if (!schema.isComplete()) {
                return;
            }
            queue.ensureGroup();
            if (queue.markEpoch()) {
                List<UUID> unfinished = store.unfinished();
                unfinished.forEach(queue::enqueue);
                if (!unfinished.isEmpty()) {
                    LOG.info(() -> "Re-enqueued " + unfinished.size() + " unfinished jobs from the job history");
                }
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "reconciler: " + e.getMessage());
        }
    }
}
