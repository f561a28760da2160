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
import org.bngopt.jobs.control.Optimisers;
import org.bngopt.reference.boundary.ReferenceSnapshots;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every 5 s, picks up a new reference-data version written by another instance, and warms the
 * optimiser up once per version, so that the first job after a change does not pay for it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReferenceRefresh {
    private static final Logger LOG = Logger.getLogger(ReferenceRefresh.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SchemaMigration schema;

    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    Optimisers optimisers;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::refresh, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void refresh() {
        try {
            if (schema.isComplete()) {
                snapshots.refresh();
                optimisers.warmUp();
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "reference data refresh: " + e.getMessage());
        }
    }
}
