package org.bngopt.watches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.watch.WatchCondition;
import org.bngopt.watches.entity.Watch;
import org.bngopt.watches.entity.WatchDetails;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The watches table. */
@ApplicationScoped
public class WatchStore {
    private static final String COLUMNS = "watch_id, owner, name, request::text, condition, threshold, email, active, met,"
            + " last_job_id, evaluated_version, pending_job_id, pending_version, created_at";

    @Inject
    Jdbc jdbc;

    public Watch create(String owner, String requestJson, WatchDetails details, boolean met, UUID jobId, String version) {
        return jdbc.one("insert into watches (owner, name, request, condition, threshold, email, met, last_job_id, evaluated_version)"
                        + " values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) returning " + COLUMNS, WatchStore::watch, owner, details.name(),
                requestJson, details.condition().name(), details.threshold(), details.email(), met, jobId, version).orElseThrow();
    }

    public Optional<Watch> find(long id) {
        return jdbc.one("select " + COLUMNS + " from watches where watch_id = ?", WatchStore::watch, id);
    }

    /** The owner's watches, or everyone's (owner null), oldest first. */
    public List<Watch> list(String owner) {
        return owner == null ? jdbc.list("select " + COLUMNS + " from watches order by watch_id", WatchStore::watch)
                : jdbc.list("select " + COLUMNS + " from watches where owner = ? order by watch_id", WatchStore::watch, owner);
    }

    public Optional<Watch> change(long id, WatchDetails details) {
        return jdbc.one("update watches set name = coalesce(?, name), condition = coalesce(?, condition), threshold = case when"
                        + " coalesce(?, condition) = 'ALL_MET' then null else coalesce(?, threshold) end, email = coalesce(?, email),"
                        + " active = coalesce(?, active) where watch_id = ? returning " + COLUMNS, WatchStore::watch, details.name(),
                details.condition() == null ? null : details.condition().name(),
                details.condition() == null ? null : details.condition().name(), details.threshold(), details.email(),
                details.active(), id);
    }

    public boolean delete(long id) {
        return jdbc.update("delete from watches where watch_id = ?", id) == 1;
    }

    /** Active watches not evaluated on {@code version} and with no evaluation under way, at most {@code limit}. */
    public List<Watch> due(String version, int limit) {
        return jdbc.list("select " + COLUMNS + " from watches where active and pending_job_id is null and evaluated_version"
                + " is distinct from ? order by watch_id limit ?", WatchStore::watch, version, limit);
    }

    public List<Watch> pending() {
        return jdbc.list("select " + COLUMNS + " from watches where pending_job_id is not null order by watch_id", WatchStore::watch);
    }

    public void evaluating(long id, UUID jobId, String version) {
        jdbc.update("update watches set pending_job_id = ?, pending_version = ? where watch_id = ?", jobId, version, id);
    }

    /**
     * The evaluation under way has ended: its job (null when it failed) is the latest and the condition is
     * {@code met}; it counts for the version its result was computed on (null: the version it was asked for),
     * so a result computed on data that has changed meanwhile is evaluated again.
     */
    public void evaluated(long id, boolean met, UUID jobId, String resultVersion) {
        jdbc.update("update watches set met = ?, last_job_id = coalesce(?, last_job_id), evaluated_version = coalesce(?,"
                + " pending_version), pending_job_id = null, pending_version = null where watch_id = ?", met, jobId, resultVersion, id);
    }

    private static Watch watch(ResultSet row) throws SQLException {
        return new Watch(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), WatchCondition.valueOf(row.getString(5)),
                row.getBigDecimal(6), row.getString(7), row.getBoolean(8), row.getBoolean(9), row.getObject(10, UUID.class),
                row.getString(11), row.getObject(12, UUID.class), row.getString(13), row.getObject(14, OffsetDateTime.class));
    }
}
