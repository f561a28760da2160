package org.bngopt.web.support;

import org.bngopt.testsupport.TestDatabases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The job rows of a test database, read directly, to see what a running instance has done. */
public final class JobRows {
    private JobRows() {
    }

    /** The status of each of these jobs that has a row. */
    public static Map<UUID, String> statuses(String database, List<UUID> ids) throws Exception {
        Map<UUID, String> statuses = new HashMap<>();
        try (Connection connection = TestDatabases.connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select job_id, status from jobs")) {
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                if (ids.contains(id)) {
                    statuses.put(id, rows.getString(2));
                }
            }
        }
        return statuses;
    }

    /** Waits until every one of these jobs is neither queued nor started, and returns their statuses. */
    public static Map<UUID, String> awaitFinal(String database, List<UUID> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<UUID, String> statuses = Map.of();
        while (System.nanoTime() < deadline) {
            statuses = statuses(database, ids);
            if (statuses.size() == ids.size() && statuses.values().stream().noneMatch(JobRows::live)) {
                return statuses;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("still unfinished after " + timeout + ": " + statuses);
    }

    public static boolean live(String status) {
        return status.equals("queued") || status.equals("started");
    }
}
