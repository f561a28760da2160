package org.bngopt.watches.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.database.SchemaMigration;
import org.bngopt.jobs.boundary.Jobs;
import org.bngopt.jobs.boundary.QueueFullException;
import org.bngopt.jobs.control.JobStore;
import org.bngopt.jobs.entity.Job;
import org.bngopt.jobs.entity.JobStatus;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteResult;
import org.bngopt.watch.Changes;
import org.bngopt.watches.control.NotificationStore;
import org.bngopt.watches.control.WatchMail;
import org.bngopt.watches.control.WatchStore;
import org.bngopt.watches.entity.Watch;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Re-optimises the active watches whenever the reference data takes a new version, through the normal job
 * queue: each turn (every {@code WATCH_INTERVAL_SECONDS}, 5), one instance of the cluster, holding a Postgres
 * advisory lock, submits the watches not yet evaluated on the current version as ordinary jobs of their owners,
 * and closes the evaluations whose jobs have ended; a watch whose condition newly holds notifies its owner (and
 * e-mails them, when the watch has an address). Nothing runs on the request path of the change itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WatchEvaluator {
    /** The advisory lock's key: any fixed number that nothing else locks. */
    public static final long LOCK = 0x42_4E_47_57_41_54_43L;
    /** Watches submitted per turn, so a turn stays short and the queue is fed steadily. */
    static final int PER_TURN = 500;
    private static final Logger LOG = Logger.getLogger(WatchEvaluator.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "WATCH_INTERVAL_SECONDS", defaultValue = "5")
    long intervalSeconds;

    @Inject
    SchemaMigration schema;

    @Inject
    Jdbc jdbc;

    @Inject
    WatchStore watches;

    @Inject
    NotificationStore notifications;

    @Inject
    WatchMail mail;

    @Inject
    Jobs jobs;

    @Inject
    JobStore jobStore;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long every = Math.max(1, intervalSeconds);
        schedule = scheduler.scheduleWithFixedDelay(this::turn, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void turn() {
        try {
            if (schema.isComplete()) {
                jdbc.inTransaction(connection -> {
                    if (Jdbc.one(connection, "select pg_try_advisory_xact_lock(?)", row -> row.getBoolean(1), LOCK).orElse(false)) {
                        String version = Jdbc.one(connection, "select version from reference_version", row -> row.getString(1))
                                .orElseThrow();
                        closeEnded();
                        submitDue(version);
                    }
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "watch evaluation: " + e.getMessage() + "; tried again in " + intervalSeconds + " s");
        }
    }

    private void submitDue(String version) {
        for (Watch watch : watches.due(version, PER_TURN)) {
            try {
                Jobs.Submission submission = jobs.submit(watch.requestJson(), watch.owner());
                watches.evaluating(watch.id(), submission.id(), version);
            } catch (QueueFullException e) {
                return;
            }
        }
    }

    private void closeEnded() {
        for (Watch watch : watches.pending()) {
            Optional<Job> job = jobStore.find(watch.pendingJobId());
            if (job.isEmpty() || job.get().status().live()) {
                continue;
            }
            if (job.get().status() != JobStatus.FINISHED || job.get().resultJson() == null) {
                watches.evaluated(watch.id(), watch.met(), null, null);
                continue;
            }
            QuoteResult result = Json.read(job.get().resultJson(), QuoteResult.class);
            boolean met = watch.condition().holds(result, watch.threshold());
            if (met && !watch.met()) {
                notify(watch, job.get(), result);
            }
            watches.evaluated(watch.id(), met, job.get().id(), result.referenceDataVersion());
        }
    }

    private void notify(Watch watch, Job job, QuoteResult result) {
        QuoteResult before = watch.lastJobId() == null ? null : jobStore.find(watch.lastJobId()).map(Job::resultJson)
                .map(json -> Json.read(json, QuoteResult.class)).orElse(null);
        String message = "Watch \u201c" + watch.name() + "\u201d: " + watch.condition().said(result, watch.threshold()) + ". "
                + Changes.said(Changes.between(before, result));
        notifications.add(watch.owner(), watch.id(), message, job.id());
        if (watch.email() != null && !watch.email().isBlank()) {
            mail.send(watch, message, job.id());
        }
    }
}
