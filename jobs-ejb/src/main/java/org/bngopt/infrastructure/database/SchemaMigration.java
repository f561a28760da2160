package org.bngopt.infrastructure.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.bngopt.reference.control.LoadSampleReferenceData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
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

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "DB_URL")
    String databaseUrl;

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
            MigrateResult result = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .javaMigrations(new LoadSampleReferenceData())
                    .load()
                    .migrate();
            complete = true;
            LOG.info(() -> "Database " + redacted(databaseUrl) + " ready: schema version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (RuntimeException e) {
            failedAttempts++;
            long delay = Math.min(MAX_RETRY_DELAY_SECONDS, 1L << Math.min(failedAttempts - 1, 4));
            LOG.warning(() -> "Database " + redacted(databaseUrl) + " is not ready: " + rootMessage(e)
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

    /** The URL without its query string, which may carry credentials. */
    static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
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
