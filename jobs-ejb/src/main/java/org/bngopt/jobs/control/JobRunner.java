package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.jobs.entity.Job;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.solve.Optimiser;
import org.bngopt.solve.Progress;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Runs one delivered job: claims its row, optimises with progress (load data, build options, solve,
 * write), stores the result, caches it when proven optimal, and only then acknowledges the stream
 * entry. A job found final already (run twice, or cancelled) is just acknowledged. When its instance
 * is stopping, the job is handed back at its next step, so another instance runs it at once instead
 * of after the visibility timeout.
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    JobStore store;

    @Inject
    JobQueue queue;

    @Inject
    ResultCache cache;

    @Inject
    Optimisers optimisers;

    @Inject
    JobSettings settings;

    @Inject
    PipelineMetrics metrics;

    /** Thrown from the progress callback to stop a job cancelled while it runs. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Thrown from the progress callback to hand a job back because this instance is stopping. */
    private static final class Released extends RuntimeException {
        Released() {
            super(null, null, false, false);
        }
    }

    /** @param stopping true once this instance stops taking work */
    public void run(JobQueue.Delivery delivery, BooleanSupplier stopping) {
        UUID id = delivery.jobId();
        if (stopping.getAsBoolean()) {
            queue.requeue(delivery);
            return;
        }
        Optional<Job> claimed = store.start(id, settings.instance());
        if (claimed.isEmpty()) {
            queue.ack(delivery.messageId());
            return;
        }
        Job job = claimed.get();
        long started = System.nanoTime();
        try {
            Optimiser optimiser = optimisers.current();
            store.progress(id, 10);
            QuoteResult result = optimiser.quote(optimiser.parse(job.requestJson()), settings.solverTimeLimit(),
                    step -> reached(id, step, stopping));
            String json = Json.compact(result);
            if (result.solverStatus() == SolverStatus.OPTIMAL) {
                // Cached before the row says finished: a submission that then finds no live job finds this (Jobs.enqueue).
                cache.put(new JobKey(JobKey.parse(job.jobKey()).requestHash(), result.referenceDataVersion()).toString(), json);
            }
            store.finish(id, json);
            queue.ack(delivery.messageId());
            metrics.solved(Duration.ofNanos(System.nanoTime() - started));
        } catch (Cancelled e) {
            queue.ack(delivery.messageId());
        } catch (Released e) {
            store.release(id, settings.instance());
            queue.requeue(delivery);
            LOG.info(() -> "job " + id + " handed back: " + settings.instance() + " is stopping");
        }
    }

    private void reached(UUID id, Progress.Step step, BooleanSupplier stopping) {
        if (stopping.getAsBoolean()) {
            throw new Released();
        }
        if (step == Progress.Step.STAGE_SOLVED) {
            return;
        }
        if (store.isCancelled(id)) {
            throw new Cancelled();
        }
        store.progress(id, step == Progress.Step.OPTIONS_BUILT ? 40 : 80);
    }
}
