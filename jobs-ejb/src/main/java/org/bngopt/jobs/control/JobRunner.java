package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.jobs.entity.Job;
import org.bngopt.quote.QuoteJson;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.solve.Optimiser;
import org.bngopt.solve.Progress;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs one delivered job: claims its row, optimises with progress (load data, build options, solve,
 * write), stores the result, caches it when proven optimal, and only then acknowledges the stream
 * entry. A job found final already (run twice, or cancelled) is just acknowledged.
 */
@ApplicationScoped
public class JobRunner {
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

    public void run(JobQueue.Delivery delivery) {
        UUID id = delivery.jobId();
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
                    step -> reached(id, step));
            String json = QuoteJson.compact(result);
            if (store.finish(id, json) && result.solverStatus() == SolverStatus.OPTIMAL) {
                cache.put(new JobKey(JobKey.parse(job.jobKey()).requestHash(), result.referenceDataVersion()).toString(), json);
            }
            queue.ack(delivery.messageId());
            metrics.solved(Duration.ofNanos(System.nanoTime() - started));
        } catch (Cancelled e) {
            queue.ack(delivery.messageId());
        }
    }

    private void reached(UUID id, Progress.Step step) {
        if (store.isCancelled(id)) {
            throw new Cancelled();
        }
        store.progress(id, step == Progress.Step.OPTIONS_BUILT ? 40 : 80);
    }
}
