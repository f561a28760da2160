package org.bngopt.web;

import org.bngopt.web.support.LocalCluster;
import org.bngopt.web.support.SampleRequests;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.infrastructure.redis.RedisKeys;
import org.bngopt.testsupport.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances started by {@code ./run.sh --instances 2} share one Postgres and one Redis. Jobs are
 * spread over the workers of both; an instance killed with {@code kill -9} while it holds started jobs
 * loses none of them (the other reclaims them after the visibility timeout), and an instance stopped
 * with SIGTERM finishes or hands back the job in hand at once. A held job is found by freezing the instance (SIGSTOP),
 * so the job rows cannot change while the test reads them.
 */
class ClusterIT {
    private static final String DATABASE = "bngopt_cluster_it";
    private static final int REDIS_DATABASE = 13;
    private static final String KEYS = RedisKeys.prefixFor(TestDatabases.url(DATABASE), null);
    private static final int JOBS = 60;
    /** A job row as the test sees it. */
    record Row(UUID id, String status, String instance, int attempts, int progress, String solverStatus) {
    }

    @BeforeEach
    void freshStores() {
        TestDatabases.recreate(DATABASE);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
    }

    @AfterEach
    void cleanUp() {
        TestDatabases.drop(DATABASE);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
    }

    @Test
    void jobsHeldByAKilledInstanceAreReclaimedAndEachFinishesExactlyOnce() throws Exception {
        try (LocalCluster cluster = LocalCluster.start("failover", 2, settings("5", "6"))) {
            LocalCluster.Instance victim = cluster.instance(0);
            LocalCluster.Instance survivor = cluster.instance(1);
            List<UUID> ids = submitDistinctJobs(cluster);

            List<Row> held = freezeWhileHolding(cluster, victim, true);
            cluster.signal(victim, "KILL");
            LocalCluster.awaitExit(victim, Duration.ofSeconds(10));

            List<Row> rows = awaitAllFinal(ids, Duration.ofMinutes(3));
            assertThat(rows).extracting(Row::status).containsOnly("finished");
            assertThat(rows).extracting(Row::instance).contains(victim.name(), survivor.name());
            Set<UUID> heldIds = held.stream().map(Row::id).collect(Collectors.toSet());
            assertThat(rows).filteredOn(row -> heldIds.contains(row.id())).hasSize(held.size())
                    .allSatisfy(row -> {
                        assertThat(row.instance()).isEqualTo(survivor.name());
                        assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
                    });
            assertExactlyOneStoredResultEach(rows);
        }
    }

    @Test
    void anInstanceStoppedWithSigtermHandsItsJobsBackAtOnce() throws Exception {
        // The default visibility timeout (120 s) is far longer than this test waits, so a job the
        // stopping instance kept would still be unfinished at the end.
        try (LocalCluster cluster = LocalCluster.start("scale-down", 2, settings("5", "120"))) {
            LocalCluster.Instance leaving = cluster.instance(1);
            LocalCluster.Instance staying = cluster.instance(0);
            List<UUID> ids = submitDistinctJobs(cluster);

            List<Row> held = freezeWhileHolding(cluster, leaving, false);
            cluster.signal(leaving, "TERM");
            cluster.signal(leaving, "CONT");
            LocalCluster.awaitExit(leaving, Duration.ofSeconds(60));

            List<Row> rows = awaitAllFinal(ids, Duration.ofSeconds(60));
            assertThat(rows).extracting(Row::status).containsOnly("finished");
            Set<UUID> heldIds = held.stream().map(Row::id).collect(Collectors.toSet());
            // A job in hand is either finished before the instance stops (the solver can be that quick)
            // or handed back and finished by the other instance on a later attempt; never kept.
            assertThat(rows).filteredOn(row -> heldIds.contains(row.id())).hasSize(held.size())
                    .allSatisfy(row -> {
                        if (row.instance().equals(leaving.name())) {
                            assertThat(row.attempts()).isEqualTo(1);
                        } else {
                            assertThat(row.instance()).isEqualTo(staying.name());
                            assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
                        }
                    });
            assertExactlyOneStoredResultEach(rows);
        }
    }

    private static Map<String, String> settings(String solverSeconds, String visibilitySeconds) {
        return Map.of(
                "DB_URL", TestDatabases.url(DATABASE),
                "REDIS_URL", "redis://127.0.0.1:6379/" + REDIS_DATABASE,
                "WORKERS_PER_INSTANCE", "1",
                "SOLVER_TIME_LIMIT_SECONDS", solverSeconds,
                "JOB_VISIBILITY_TIMEOUT_SECONDS", visibilitySeconds);
    }

    /** 60 different 24-line requests, sent alternately to each instance; every one becomes a job. */
    private static List<UUID> submitDistinctJobs(LocalCluster cluster) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int job = 0; job < JOBS; job++) {
            String body = SampleRequests.distinct(job, 24);
            HttpResponse<String> response = LocalCluster.post(cluster.instance(job % 2), "/api/jobs", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            ids.add(UUID.fromString(response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")));
        }
        return ids;
    }

    /**
     * Freezes the instance at a moment when it holds started jobs (and, when asked, has finished one
     * already), and returns those jobs. The instance stays frozen.
     */
    private static List<Row> freezeWhileHolding(LocalCluster cluster, LocalCluster.Instance instance,
                                                boolean afterAFinishedJob) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            cluster.signal(instance, "STOP");
            Thread.sleep(50); // lets a statement already sent to Postgres complete
            List<Row> rows = rows();
            List<Row> held = rows.stream()
                    .filter(row -> row.status().equals("started") && row.instance().equals(instance.name()) && row.progress() < 80)
                    .toList();
            boolean finishedOne = rows.stream()
                    .anyMatch(row -> row.status().equals("finished") && row.instance().equals(instance.name()));
            if (!held.isEmpty() && (finishedOne || !afterAFinishedJob)) {
                return held;
            }
            cluster.signal(instance, "CONT");
            Thread.sleep(20);
        }
        throw new AssertionError(instance.name() + " was never seen holding a started job");
    }

    private static List<Row> awaitAllFinal(List<UUID> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Row> rows = rows();
        while (System.nanoTime() < deadline) {
            rows = rows();
            if (rows.size() == ids.size() && rows.stream().noneMatch(row -> Set.of("queued", "started").contains(row.status()))) {
                return rows;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("jobs still unfinished after " + timeout + ": " + rows.stream()
                .filter(row -> !row.status().equals("finished")).toList());
    }

    /** One row with one result per distinct request, each proven-optimal result cached once, no entry left in the stream. */
    private static void assertExactlyOneStoredResultEach(List<Row> rows) throws SQLException {
        assertThat(rows).hasSize(JOBS).allSatisfy(row -> assertThat(row.solverStatus()).isNotNull());
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet keys = statement.executeQuery("select count(distinct job_key), count(*) from jobs")) {
            keys.next();
            assertThat(keys.getInt(1)).isEqualTo(JOBS);
            assertThat(keys.getInt(2)).isEqualTo(JOBS);
        }
        long optimal = rows.stream().filter(row -> row.solverStatus().equals("OPTIMAL")).count();
        assertThat(TestRedis.command(REDIS_DATABASE, "EVAL", "return #redis.call('keys', ARGV[1])", "0", KEYS + "result:*"))
                .isEqualTo(":" + optimal);
        assertThat(TestRedis.command(REDIS_DATABASE, "XLEN", KEYS + "jobs")).isEqualTo(":0");
        assertThat(TestRedis.command(REDIS_DATABASE, "XLEN", KEYS + "jobs:dead")).isEqualTo(":0");
    }

    private static List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select job_id, status, coalesce(instance, ''), attempts, progress,"
                     + " result ->> 'solverStatus' from jobs")) {
            while (result.next()) {
                rows.add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                        result.getInt(4), result.getInt(5), result.getString(6)));
            }
        }
        return rows;
    }
}
