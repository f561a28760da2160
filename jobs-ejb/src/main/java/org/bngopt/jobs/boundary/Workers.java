package org.bngopt.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.SchemaMigration;
import org.bngopt.jobs.control.JobQueue;
import org.bngopt.jobs.control.JobRunner;
import org.bngopt.jobs.control.JobSettings;
import org.bngopt.jobs.control.JobStore;
import org.bngopt.infrastructure.database.DataAccessException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts {@code WORKERS_PER_INSTANCE} consumer loops on the container's executor when the application
 * starts. A loop takes expired entries from other workers first, then new ones. On shutdown (SIGTERM)
 * the loops stop reading and hand the job in hand back to the stream at its next step, for the other
 * instances; what a killed instance held is reclaimed by the others after the visibility timeout.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Workers {
    private static final Logger LOG = Logger.getLogger(Workers.class.getName());
    private static final Duration READ_WAIT = Duration.ofSeconds(1);
    /** Pauses after failures in a row double from the first up to the longest. */
    private static final long FIRST_PAUSE_MILLIS = 1_000;
    private static final long LONGEST_PAUSE_MILLIS = 8_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    JobSettings settings;

    @Inject
    JobQueue queue;

    @Inject
    JobRunner runner;

    @Inject
    JobStore store;

    @Inject
    SchemaMigration schema;

    private volatile boolean running = true;
    private final List<Future<?>> loops = new ArrayList<>();

    @PostConstruct
    void start() {
        int count = settings.workers();
        for (int i = 0; i < count; i++) {
            String consumer = settings.instance() + "-worker-" + i;
            loops.add(executor.submit(() -> loop(consumer)));
        }
        LOG.info(() -> count + " workers started on " + settings.instance() + " (visibility timeout "
                + settings.visibilityTimeout().toSeconds() + " s, at most " + settings.maxDeliveries() + " deliveries)");
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Future<?> loop : loops) {
            try {
                loop.get(settings.solverTimeLimit().toSeconds() + 5, TimeUnit.SECONDS);
            } catch (Exception e) {
                loop.cancel(true);
            }
        }
        LOG.info("Workers stopped");
    }

    private void loop(String consumer) {
        long lastProblem = 0;
        int failuresInARow = 0;
        while (running) {
            try {
                if (!schema.isComplete()) {
                    Thread.sleep(READ_WAIT.toMillis());
                    continue;
                }
                for (JobQueue.Delivery expired : queue.claimExpired(consumer, settings.visibilityTimeout(), 10)) {
                    handle(expired);
                }
                queue.next(consumer, READ_WAIT).ifPresent(this::handle);
                failuresInARow = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() - lastProblem > 30_000) {
                    lastProblem = System.currentTimeMillis();
                    LOG.warning(() -> consumer + " cannot take jobs now: " + e.getMessage());
                }
                pause(++failuresInARow);
            }
        }
    }

    private void handle(JobQueue.Delivery delivery) {
        if (delivery.deliveries() > settings.maxDeliveries()) {
            String reason = "gave up after " + settings.maxDeliveries() + " attempts";
            store.fail(delivery.jobId(), reason);
            queue.deadLetter(delivery, reason);
            LOG.warning(() -> "job " + delivery.jobId() + " dead-lettered: " + reason);
            return;
        }
        try {
            runner.run(delivery, () -> !running);
        } catch (DataAccessException e) {
            // The database is out, which is not the job's fault: hand it back at once so that no attempt is
            // spent, and let the loop back off before taking the next.
            queue.requeue(delivery);
            LOG.warning(() -> "job " + delivery.jobId() + " put back, the database is unavailable: " + e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            // Left unacknowledged: another delivery retries it after the visibility timeout.
            LOG.log(Level.WARNING, "job " + delivery.jobId() + " attempt " + delivery.deliveries() + " failed: " + e, e);
        }
    }

    private static void pause(int failuresInARow) {
        try {
            Thread.sleep(Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(failuresInARow - 1, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
