package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.JobRows;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.SampleRequests;
import org.bngopt.web.support.TcpProxy;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.testsupport.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Postgres out of reach for 30 s while jobs are queued and running (issue 9, fault 3; the outage is a
 * cut proxy, so the shared server keeps running). Health says degraded, cached answers still come
 * back, a new request gets 503 with Retry-After, workers put their jobs back without spending attempts,
 * and afterwards every job accepted before the outage finishes and the cache hit's history row is written.
 */
class PostgresOutageIT {
    private static final String DATABASE = "bngopt_postgres_outage_it";
    private static final int REDIS_DATABASE = 9;
    private static final int JOBS = 30;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void cleanUp() {
        TestDatabases.drop(DATABASE);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
    }

    @Test
    void jobsAcceptedBeforeAnOutageFinishAfterItAndCachedAnswersKeepComing() throws Exception {
        TestDatabases.recreate(DATABASE);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
        try (TcpProxy postgres = new TcpProxy(5432);
             PayaraMicroProcess app = PayaraMicroProcess.start("postgres-outage", Map.of(
                     "DB_URL", TestDatabases.url(DATABASE).replace(":5432/", ":" + postgres.port() + "/"),
                     "REDIS_URL", "redis://127.0.0.1:6379/" + REDIS_DATABASE,
                     "WORKERS_PER_INSTANCE", "1",
                     "SOLVER_TIME_LIMIT_SECONDS", "5",
                     "JOB_VISIBILITY_TIMEOUT_SECONDS", "10",
                     "JOB_MAX_DELIVERIES", "2",
                     "RATE_LIMIT_JOBS_PER_MINUTE", "0"))) {
            app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofMinutes(3));

            String cachedRequest = request(999);
            UUID first = id(post(app, cachedRequest));
            JobRows.awaitFinal(DATABASE, List.of(first), Duration.ofSeconds(60));
            List<UUID> accepted = new ArrayList<>();
            for (int job = 0; job < JOBS; job++) {
                HttpResponse<String> answer = post(app, request(job));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                accepted.add(id(answer));
            }

            postgres.cut();
            long cutAt = System.nanoTime();
            assertThat(JobRows.statuses(DATABASE, accepted).values()).as("some jobs still queued or running at the cut")
                    .anyMatch(JobRows::live);
            HttpResponse<String> health = app.awaitAnswer("/api/health", response -> response.body().contains("\"database\":\"down\""),
                    Duration.ofSeconds(15));
            assertThat(health.statusCode()).isEqualTo(503);
            HttpResponse<String> hit = post(app, cachedRequest);
            assertThat(hit.statusCode()).as(hit.body()).isEqualTo(200);
            assertThat(hit.body()).contains("\"cached\":true");
            HttpResponse<String> fresh = post(app, request(JOBS));
            assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(503);
            assertThat(fresh.headers().firstValue("Retry-After")).isPresent();
            assertThat(fresh.body()).contains("the database is unavailable");
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cutAt) / 1_000_000));

            postgres.restore();
            long restoredAt = System.nanoTime();
            Map<UUID, String> statuses = JobRows.awaitFinal(DATABASE, accepted, Duration.ofMinutes(2));
            double secondsToRecover = (System.nanoTime() - restoredAt) / 1e9;
            assertThat(statuses.values()).containsOnly("finished");
            app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofSeconds(30));
            assertThat(awaitCacheHitRows(Duration.ofSeconds(30))).as("the outage's cache hit, recorded afterwards").isPositive();
            System.out.printf(Locale.ROOT, "PostgresOutageIT: %d accepted, %d finished, 0 lost; all finished %.1f s after"
                    + " a %d s outage%n", JOBS, statuses.size(), secondsToRecover, OUTAGE.toSeconds());
        }
    }

    private static String request(int job) {
        return SampleRequests.distinct(job, 24);
    }

    private static HttpResponse<String> post(PayaraMicroProcess app, String body) throws Exception {
        return HTTP.send(Credentials.request(URI.create(app.baseUrl() + "/api/jobs")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static UUID id(HttpResponse<String> answer) {
        return UUID.fromString(answer.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
    }


    private static int awaitCacheHitRows(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select count(*) from jobs where cached = true")) {
                row.next();
                if (row.getInt(1) > 0) {
                    return row.getInt(1);
                }
            }
            Thread.sleep(500);
        }
        return 0;
    }
}
