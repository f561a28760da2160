package org.bngopt.watches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.watches.entity.Notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The notifications table. */
@ApplicationScoped
public class NotificationStore {
    private static final String COLUMNS = "notification_id, owner, watch_id, created_at, message, job_id, read_at";

    @Inject
    Jdbc jdbc;

    public void add(String owner, long watchId, String message, UUID jobId) {
        jdbc.update("insert into notifications (owner, watch_id, message, job_id) values (?, ?, ?, ?)", owner, watchId, message, jobId);
    }

    /** The owner's notifications, newest first, at most {@code limit}; unread ones only when asked. */
    public List<Notification> of(String owner, boolean unreadOnly, int limit) {
        return jdbc.list("select " + COLUMNS + " from notifications where owner = ?" + (unreadOnly ? " and read_at is null" : "")
                + " order by notification_id desc limit ?", NotificationStore::notification, owner, limit);
    }

    public long unread(String owner) {
        return jdbc.one("select count(*) from notifications where owner = ? and read_at is null", row -> row.getLong(1), owner)
                .orElse(0L);
    }

    /** Marks one (or, with id null, all) of the owner's notifications read; returns how many. */
    public int read(String owner, Long id) {
        return id == null ? jdbc.update("update notifications set read_at = now() where owner = ? and read_at is null", owner)
                : jdbc.update("update notifications set read_at = coalesce(read_at, now()) where owner = ? and notification_id = ?",
                owner, id);
    }

    private static Notification notification(ResultSet row) throws SQLException {
        Long watch = (Long) row.getObject(3);
        return new Notification(row.getLong(1), row.getString(2), watch, row.getObject(4, OffsetDateTime.class), row.getString(5),
                row.getObject(6, UUID.class), row.getObject(7, OffsetDateTime.class));
    }
}
