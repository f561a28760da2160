package org.bngopt.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.jobs.control.CacheHitHistory;
import org.bngopt.jobs.control.JobKey;
import org.bngopt.jobs.control.JobQueue;
import org.bngopt.jobs.control.JobSettings;
import org.bngopt.jobs.control.JobStore;
import org.bngopt.jobs.control.Optimisers;
import org.bngopt.jobs.control.PipelineMetrics;
import org.bngopt.jobs.control.ResultCache;
import org.bngopt.jobs.entity.Job;
import org.bngopt.jobs.entity.JobStatus;
import org.bngopt.quote.CanonicalRequest;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.solve.Optimiser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submitting, following and cancelling optimisation jobs. A submission is validated, keyed by its
 * canonical hash and the reference-data version, and answered from the result cache when it can be —
 * without touching Postgres, whose history row is written in the background and refers to the result
 * of the job that computed it. Otherwise it joins the live job with the same key or becomes a new job
 * on the work stream.
 */
@ApplicationScoped
public class Jobs {
    /** What a submission led to: a cached result, or a job to follow. */
    public record Submission(UUID id, JobStatus status, boolean cached, String resultJson) {
    }

    /**
     * How a cancellation went. Only the submitter or an admin may cancel a job, and the submitter only
     * while nobody who joined it still waits for it.
     */
    public enum Cancellation { CANCELLED, ALREADY_FINAL, UNKNOWN, NOT_SUBMITTER, OTHERS_WAITING }

    static final long AWAIT_STEP_MILLIS = 20;
    static final long CACHE_HIT_ROW_WAIT_MILLIS = 2000;

    @Inject
    Optimisers optimisers;

    @Inject
    ResultCache cache;

    @Inject
    JobStore store;

    @Inject
    JobQueue queue;

    @Inject
    PipelineMetrics metrics;

    @Inject
    CacheHitHistory history;

    @Inject
    JobSettings settings;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    /**
     * Answers from the cache, or joins or creates the job. The request thread waits for one Redis
     * {@code GET} at most on a hit: measured, that is cheaper than resuming an asynchronous response.
     *
     * @throws org.bngopt.quote.InvalidRequestException for a request that fails §13
     */
    public Submission submit(String body, String submittedBy) {
        Optimiser optimiser = optimisers.current();
        QuoteRequest request = optimiser.parse(body);
        String canonical = CanonicalRequest.json(request);
        String hash = CanonicalRequest.hashOf(canonical);
        JobKey key = new JobKey(hash, optimiser.referenceDataVersion());
        Optional<String> cached = cache.get(key.toString());
        if (cached.isPresent()) {
            metrics.cacheHit();
            return answerFromCache(key, canonical, cached.get(), submittedBy);
        }
        metrics.cacheMiss();
        return enqueue(key, canonical, submittedBy);
    }

    private Submission answerFromCache(JobKey key, String canonical, String resultJson, String submittedBy) {
        UUID id = UUID.randomUUID();
        history.record(new CacheHitHistory.CacheHit(id, key.toString(), key.requestHash(), key.referenceVersion(),
                canonical, submittedBy), executor);
        return new Submission(id, JobStatus.FINISHED, true, resultJson);
    }

    private Submission enqueue(JobKey key, String canonical, String submittedBy) {
        Optional<Job> live = store.live(key.toString());
        if (live.isPresent()) {
            return joined(live.get(), submittedBy);
        }
        // Overload: past this many waiting jobs, a new one is refused rather than queued without bound.
        long waiting = queue.depth();
        if (waiting >= settings.maxQueueDepth()) {
            throw new QueueFullException(waiting);
        }
        JobStore.Creation creation = store.createOrJoin(key.toString(), key.requestHash(), key.referenceVersion(), canonical,
                submittedBy);
        Job job = creation.job();
        if (!creation.created()) {
            return joined(job, submittedBy);
        }
        // The job with this key may have finished between the cache miss and the insert. Its result is
        // cached before its row is marked finished, so a second look now cannot miss it.
        Optional<String> late = cache.get(key.toString());
        if (late.isPresent() && store.answeredFromCache(job.id())) {
            return new Submission(job.id(), JobStatus.FINISHED, true, late.get());
        }
        try {
            queue.enqueue(job.id());
        } catch (RuntimeException e) {
            // Leave no queued row that nothing will ever run.
            store.fail(job.id(), "could not be queued: " + e.getMessage());
            throw e;
        }
        return new Submission(job.id(), job.status(), false, null);
    }

    /** Someone else's live job with the same key: this submitter may now follow it too. */
    private Submission joined(Job job, String submittedBy) {
        if (!submittedBy.equals(job.submittedBy())) {
            store.watch(job.id(), submittedBy);
        }
        return new Submission(job.id(), job.status(), false, null);
    }

    /** The job, if this caller may see it: its submitter, a user who joined it, or an admin. */
    public Optional<Job> find(UUID id, Caller caller) {
        return store.find(id).filter(job -> caller.admin() || caller.name().equals(job.submittedBy())
                || store.watchers(id).contains(caller.name()));
    }

    /**
     * The caller's finished job with its result, for acting on a result (saving it as a quote, watching it);
     * otherwise empty, with the reason added to {@code errors} as a problem of the field {@code jobId}. The
     * history row of an answer served from the cache is written in the background, so this waits up to
     * {@value #CACHE_HIT_ROW_WAIT_MILLIS} ms for it: a caller may act on the answer a few milliseconds later.
     */
    public Optional<Job> finished(UUID id, Caller caller, List<FieldError> errors) {
        if (id == null) {
            errors.add(new FieldError("jobId", "is required"));
            return Optional.empty();
        }
        long deadline = System.nanoTime() + Duration.ofMillis(CACHE_HIT_ROW_WAIT_MILLIS).toNanos();
        Optional<Job> job = find(id, caller);
        while (job.isEmpty() && System.nanoTime() < deadline && pause()) {
            job = find(id, caller);
        }
        if (job.isEmpty()) {
            errors.add(new FieldError("jobId", "no job " + id + " of yours"));
        } else if (job.get().status() != JobStatus.FINISHED || job.get().resultJson() == null) {
            errors.add(new FieldError("jobId", "the job is " + job.get().status().code() + "; only a finished job has a result"));
            return Optional.empty();
        }
        return job;
    }

    /**
     * The job once it has ended, or as it is after {@code wait}: a client that long-polls sees a quick
     * job's result as soon as it is there rather than at its next poll. Checked every {@value #AWAIT_STEP_MILLIS} ms.
     */
    public Optional<Job> awaitEnd(UUID id, Caller caller, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Optional<Job> job = find(id, caller);
        while (job.isPresent() && job.get().status().live() && System.nanoTime() < deadline && pause()) {
            job = store.find(id);
        }
        return job;
    }

    /** One step of a wait; false when the thread is interrupted, which ends the wait. */
    private static boolean pause() {
        try {
            Thread.sleep(AWAIT_STEP_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Cancellation cancel(UUID id, Caller caller) {
        Optional<Job> job = find(id, caller);
        if (job.isEmpty()) {
            return Cancellation.UNKNOWN;
        }
        if (!caller.admin()) {
            if (!caller.name().equals(job.get().submittedBy())) {
                return Cancellation.NOT_SUBMITTER;
            }
            if (job.get().status().live() && !store.watchers(id).isEmpty()) {
                return Cancellation.OTHERS_WAITING;
            }
        }
        return store.cancel(id) ? Cancellation.CANCELLED : Cancellation.ALREADY_FINAL;
    }

    public JobStore.Page history(JobStore.Filter filter, int page, int size) {
        return store.history(filter, page, size);
    }

    /** Empties the result cache on every instance; audited, as only admins may. */
    public void clearCache(String by) {
        cache.clear();
        audit.record(by, "result cache emptied", "");
    }
}
