package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.jobs.entity.Job;
import org.bngopt.jobs.entity.JobStatus;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The job history in Postgres, through plain SQL. Every change of status is a conditional update, so
 * a job run twice, or cancelled while it runs, ends in exactly one final state; and at most one live
 * job per key exists (a partial unique index), which makes single flight safe across instances.
 */
@ApplicationScoped
public class JobStore {
    private static final String LEADING_COLUMNS = "job_id, job_key, reference_version, request::text, status, progress, cached, ";
    private static final String TRAILING_COLUMNS = ", error, instance, attempts, created_at, started_at, finished_at, submitted_by";
    private static final String COLUMNS = LEADING_COLUMNS + "result::text" + TRAILING_COLUMNS;
    /** A cache hit's row holds no result; it shares the result of the job that computed it (same key). */
    private static final String COLUMNS_SHARING_RESULT = LEADING_COLUMNS + "coalesce(result, (select computed.result"
            + " from jobs computed where computed.job_key = jobs.job_key and not computed.cached and computed.status = 'finished'"
            + " order by computed.finished_at desc limit 1))::text" + TRAILING_COLUMNS;

    @Inject
    Jdbc jdbc;

    /** The history filter of {@code GET /api/jobs}; null fields do not filter. */
    public record Filter(JobStatus status, OffsetDateTime from, OffsetDateTime to, String lpa, String nca, String submittedBy) {
    }

    /** A job in the history: without its result, which can be large, but with the result's total (null until finished). */
    public record Listed(Job job, BigDecimal quoteTotal) {
    }

    /** One page of history, newest first, and how many rows match in all. */
    public record Page(List<Listed> jobs, long total) {
    }

    /** A job and whether this call created it (false: it joined the live job with the same key). */
    public record Creation(Job job, boolean created) {
    }

    /** Creates a queued job, or returns the live job that already has this key. */
    public Creation createOrJoin(String jobKey, String requestHash, String referenceVersion, String requestJson,
                                 String submittedBy) {
        for (int attempt = 0; attempt < 3; attempt++) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.update("insert into jobs (job_id, job_key, request_hash, reference_version, request, status,"
                    + " submitted_by) values (?, ?, ?, ?, ?::jsonb, 'queued', ?) on conflict (job_key)"
                    + " where status in ('queued', 'started') do nothing", id, jobKey, requestHash, referenceVersion, requestJson,
                    submittedBy);
            if (inserted == 1) {
                return new Creation(find(id).orElseThrow(), true);
            }
            Optional<Job> live = live(jobKey);
            if (live.isPresent()) {
                return new Creation(live.get(), false);
            }
        }
        throw new IllegalStateException("could not create or join a job for key " + jobKey);
    }

    /** The queued or started job with this key, if there is one. */
    public Optional<Job> live(String jobKey) {
        return one("select " + COLUMNS + " from jobs where job_key = ? and status in ('queued', 'started')", jobKey);
    }

    /**
     * The history rows of answers served from the cache, in one JDBC batch. They hold no copy of the
     * result: {@link #find} reads it from the job that computed it (same key, so the same result).
     */
    public void recordCacheHits(List<CacheHitHistory.CacheHit> hits) {
        jdbc.batch("insert into jobs (job_id, job_key, request_hash, reference_version, request, status, progress, cached,"
                + " started_at, finished_at, submitted_by) values (?, ?, ?, ?, ?::jsonb, 'finished', 100, true, now(), now(), ?)",
                hits.stream().map(hit -> new Object[]{hit.id(), hit.jobKey(), hit.requestHash(), hit.referenceVersion(),
                        hit.requestJson(), hit.submittedBy()}).toList());
    }

    public Optional<Job> find(UUID id) {
        return one("select " + COLUMNS_SHARING_RESULT + " from jobs where job_id = ?", id);
    }

    /** Claims a live job for a worker; empty when it is finished, failed or cancelled already. */
    public Optional<Job> start(UUID id, String instance) {
        return one("update jobs set status = 'started', attempts = attempts + 1, instance = ?, started_at = now(),"
                + " progress = 0 where job_id = ? and status in ('queued', 'started') returning " + COLUMNS, instance, id);
    }

    /** Puts a started job back in the queue, unless another instance has taken it over meanwhile. */
    public void release(UUID id, String instance) {
        jdbc.update("update jobs set status = 'queued', progress = 0, started_at = null where job_id = ?"
                + " and status = 'started' and instance = ?", id, instance);
    }

    public void progress(UUID id, int percent) {
        jdbc.update("update jobs set progress = ? where job_id = ? and status = 'started'", percent, id);
    }

    public boolean isCancelled(UUID id) {
        return find(id).map(job -> job.status() == JobStatus.CANCELLED).orElse(true);
    }

    /** @return false when the job was already final (run twice, or cancelled meanwhile) */
    public boolean finish(UUID id, String resultJson) {
        return jdbc.update("update jobs set status = 'finished', progress = 100, result = ?::jsonb, error = null,"
                + " finished_at = now() where job_id = ? and status = 'started'", resultJson, id) == 1;
    }

    /** A job just created whose result turned out to be cached already: it becomes that cache hit's history row. */
    public boolean answeredFromCache(UUID id) {
        return jdbc.update("update jobs set status = 'finished', progress = 100, cached = true, started_at = now(),"
                + " finished_at = now() where job_id = ? and status = 'queued'", id) == 1;
    }

    public boolean fail(UUID id, String reason) {
        return jdbc.update("update jobs set status = 'failed', error = ?, finished_at = now() where job_id = ?"
                + " and status in ('queued', 'started')", reason, id) == 1;
    }

    public boolean cancel(UUID id) {
        return jdbc.update("update jobs set status = 'cancelled', finished_at = now() where job_id = ?"
                + " and status in ('queued', 'started')", id) == 1;
    }

    /** Records that a user joined this job (submitted the same request while it was live). */
    public void watch(UUID id, String username) {
        jdbc.update("insert into job_watchers (job_id, username) values (?, ?) on conflict do nothing", id, username);
    }

    /** The users who joined this job, besides its submitter. */
    public List<String> watchers(UUID id) {
        return jdbc.list("select username from job_watchers where job_id = ?", row -> row.getString(1), id);
    }

    /** Jobs not yet final, oldest first: what the reconciler puts back on the stream. */
    public List<UUID> unfinished() {
        return jdbc.list("select job_id from jobs where status in ('queued', 'started') order by created_at",
                row -> row.getObject(1, UUID.class));
    }

    public Page history(Filter filter, int page, int size) {
        String where = " where (?::text is null or status = ?) and (?::timestamptz is null or created_at >= ?)"
                + " and (?::timestamptz is null or created_at < ?) and (?::text is null or lower(request->'site'->>'lpa') = lower(?))"
                + " and (?::text is null or lower(request->'site'->>'nca') = lower(?)) and (?::text is null or submitted_by = ?)";
        String status = filter.status() == null ? null : filter.status().code();
        Object[] values = {status, status, filter.from(), filter.from(), filter.to(), filter.to(), filter.lpa(), filter.lpa(),
                filter.nca(), filter.nca(),
                filter.submittedBy(), filter.submittedBy()};
        Object[] paged = Arrays.copyOf(values, values.length + 2);
        paged[values.length] = size;
        paged[values.length + 1] = (long) page * size;
        List<Listed> jobs = jdbc.list("select " + LEADING_COLUMNS + "null" + TRAILING_COLUMNS + ", (coalesce(result,"
                + " (select computed.result from jobs computed where computed.job_key = jobs.job_key and not computed.cached"
                + " and computed.status = 'finished' order by computed.finished_at desc limit 1))->>'total')::numeric"
                + " from jobs" + where + " order by created_at desc, job_id limit ? offset ?",
                row -> new Listed(job(row), row.getBigDecimal(16)), paged);
        return new Page(jobs, count("select count(*) from jobs" + where, values));
    }

    public long countByStatus(JobStatus status) {
        return count("select count(*) from jobs where status = ?", status.code());
    }

    private long count(String sql, Object... values) {
        return jdbc.one(sql, row -> row.getLong(1), values).orElse(0L);
    }

    private Optional<Job> one(String sql, Object... values) {
        return jdbc.one(sql, JobStore::job, values);
    }

    private static Job job(ResultSet row) throws SQLException {
        return new Job(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                JobStatus.fromCode(row.getString(5)).orElseThrow(), row.getInt(6), row.getBoolean(7), row.getString(8),
                row.getString(9), row.getString(10), row.getInt(11), row.getObject(12, OffsetDateTime.class),
                row.getObject(13, OffsetDateTime.class), row.getObject(14, OffsetDateTime.class), row.getString(15));
    }
}
