package org.bngopt.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application starts. When the database cannot be
 * reached the deployment still completes: the attempt is repeated in the background with a capped
 * backoff, one short log line per attempt, until it succeeds. Everything that needs tables asks
 * {@link #isComplete()} first.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final long MAX_RETRY_DELAY_SECONDS = 5;

    @Inject
    Database database;

    @Inject
    Event<SchemaReady> ready;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile boolean complete;
    private volatile ScheduledFuture<?> retry;
    private int failedAttempts;

    @PostConstruct
    void start() {
        attempt();
    }

    public boolean isComplete() {
        return complete;
    }

    private synchronized void attempt() {
        try {
            MigrateResult result = Migrations.on(database.dataSource()).migrate();
            complete = true;
            LOG.info(() -> "Database ready: schema version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            ready.fire(new SchemaReady());
        } catch (RuntimeException e) {
            failedAttempts++;
            long delay = Math.min(MAX_RETRY_DELAY_SECONDS, 1L << Math.min(failedAttempts - 1, 4));
            LOG.warning(() -> "Database is not ready: " + rootMessage(e)
                    + " (attempt " + failedAttempts + "; retrying in " + delay + " s)");
            retry = scheduler.schedule(this::attempt, delay, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> pending = retry;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return (message == null ? root.getClass().getSimpleName() : message).replaceAll("\\s+", " ").trim();
    }
}
