package org.bngopt.quotes.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.database.SchemaMigration;
import org.bngopt.jobs.control.JobSettings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Expires issued quotes past their validity (quotes.md Q3), checked every {@code QUOTE_EXPIRY_INTERVAL_SECONDS}
 * (hourly) by every instance; a Postgres transaction-scoped advisory lock lets exactly one instance of a
 * cluster run at a time, and the others skip that turn. Each run is recorded with its instance and times.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QuoteExpiry {
    /** The advisory lock's key: any fixed number that nothing else locks. */
    public static final long LOCK = 0x42_4E_47_51_45_58_50L;
    private static final Logger LOG = Logger.getLogger(QuoteExpiry.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    QuoteTransitions transitions;

    @Inject
    org.bngopt.quotes.control.QuoteSettings settings;

    @Inject
    JobSettings instance;

    @Inject
    SchemaMigration schema;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditLog audit;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long every = settings.expiryInterval().toSeconds();
        schedule = scheduler.scheduleWithFixedDelay(this::run, Math.min(every, 30), every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void run() {
        try {
            if (!schema.isComplete()) {
                return;
            }
            List<String> expired = jdbc.inTransaction(connection -> {
                boolean mine = Jdbc.one(connection, "select pg_try_advisory_xact_lock(?)", row -> row.getBoolean(1), LOCK)
                        .orElse(false);
                if (!mine) {
                    return List.<String>of();
                }
                OffsetDateTime started = Jdbc.one(connection, "select clock_timestamp()", row -> row.getObject(1,
                        OffsetDateTime.class)).orElseThrow();
                List<String> done = transitions.expireDue(connection);
                Jdbc.update(connection, "insert into quote_expiry_runs (instance, started_at, finished_at, expired)"
                        + " values (?, ?, clock_timestamp(), ?)", instance.instance(), started, done.size());
                return done;
            });
            expired.forEach(reference -> audit.record(QuoteTransitions.SYSTEM, "quote expired", reference));
            if (!expired.isEmpty()) {
                LOG.info(() -> expired.size() + " quotes expired");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "quote expiry: " + e.getMessage() + "; tried again in " + settings.expiryInterval().toSeconds() + " s");
        }
    }
}
