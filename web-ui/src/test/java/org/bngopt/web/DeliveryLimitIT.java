package org.bngopt.web;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.testsupport.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At-least-once delivery with a limit: a job whose every attempt fails is reclaimed from the pending
 * list after the visibility timeout, tried {@code JOB_MAX_DELIVERIES} times, then failed with a reason
 * and copied to the dead-letter stream, while other jobs keep flowing. Short timeouts keep it fast.
 */
class DeliveryLimitIT {
    private static final String DATABASE = "bngopt_delivery_it";
    private static final int REDIS_DATABASE = 14;

    @AfterEach
    void cleanUp() {
        TestDatabases.drop(DATABASE);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
    }

    @Test
    void aJobThatAlwaysFailsIsRetriedThenDeadLettered() throws Exception {
        TestDatabases.recreate(DATABASE);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");

        try (PayaraMicroProcess app = PayaraMicroProcess.start("delivery-limit", Map.of(
                "DB_URL", TestDatabases.url(DATABASE),
                "REDIS_URL", "redis://127.0.0.1:6379/" + REDIS_DATABASE,
                "SOLVER_TIME_LIMIT_SECONDS", "1",
                "JOB_VISIBILITY_TIMEOUT_SECONDS", "1",
                "JOB_MAX_DELIVERIES", "2",
                "WORKERS_PER_INSTANCE", "2"))) {
            app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofMinutes(3));

            // A stored request that no longer validates makes every attempt throw: a poison job.
            UUID poison = UUID.randomUUID();
            try (Connection connection = TestDatabases.connect(DATABASE); PreparedStatement insert = connection.prepareStatement(
                    "insert into jobs (job_id, job_key, request_hash, reference_version, request, status)"
                            + " values (?, 'poison', 'poison', 'ref-2025.11-r1', ?::jsonb, 'queued')")) {
                insert.setObject(1, poison);
                insert.setString(2, "{\"demand\":[{\"habitat\":\"No such habitat\",\"units\":1}]}");
                insert.executeUpdate();
            }
            TestRedis.command(REDIS_DATABASE, "XADD", "bng:jobs", "*", "jobId", poison.toString());

            HttpResponse<String> healthy = HttpClient.newHttpClient().send(Credentials.request(
                            URI.create(app.baseUrl() + "/api/jobs"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":0.5}]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(healthy.statusCode()).isEqualTo(202);
            String healthyId = healthy.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            app.awaitAnswer("/api/jobs/" + healthyId, response -> response.body().contains("\"status\":\"finished\""),
                    Duration.ofSeconds(30));

            app.awaitAnswer("/api/jobs/" + poison, response -> response.body().contains("\"status\":\"failed\""),
                    Duration.ofSeconds(60));
            try (Connection connection = TestDatabases.connect(DATABASE); PreparedStatement select = connection.prepareStatement(
                    "select attempts, error from jobs where job_id = ?")) {
                select.setObject(1, poison);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    assertThat(row.getInt(1)).isEqualTo(2);
                    assertThat(row.getString(2)).isEqualTo("gave up after 2 attempts");
                }
            }
            assertThat(TestRedis.command(REDIS_DATABASE, "XLEN", "bng:jobs:dead")).isEqualTo(":1");
            assertThat(TestRedis.command(REDIS_DATABASE, "XLEN", "bng:jobs")).isEqualTo(":0");
        }
    }
}
