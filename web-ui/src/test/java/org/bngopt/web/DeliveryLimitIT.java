package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.OwnServices;
import org.bngopt.web.support.PayaraMicroProcess;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.infrastructure.redis.RedisKeys;
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
    private static final OwnServices SERVICES = new OwnServices("bngopt_delivery_it", 14);
    private static final String KEYS = RedisKeys.prefixFor(TestDatabases.url(SERVICES.database()), null);

    @AfterEach
    void cleanUp() {
        SERVICES.drop();
    }

    @Test
    void aJobThatAlwaysFailsIsRetriedThenDeadLettered() throws Exception {
        try (PayaraMicroProcess app = SERVICES.startHealthy("delivery-limit", Map.of(
                "SOLVER_TIME_LIMIT_SECONDS", "1",
                "JOB_VISIBILITY_TIMEOUT_SECONDS", "1",
                "JOB_MAX_DELIVERIES", "2",
                "WORKERS_PER_INSTANCE", "2"))) {

            // A stored request that no longer validates makes every attempt throw: a poison job.
            UUID poison = UUID.randomUUID();
            try (Connection connection = TestDatabases.connect(SERVICES.database()); PreparedStatement insert = connection.prepareStatement(
                    "insert into jobs (job_id, job_key, request_hash, reference_version, request, status, submitted_by)"
                            + " values (?, 'poison', 'poison', 'ref-2025.11-r1', ?::jsonb, 'queued', 'token:bootstrap')")) {
                insert.setObject(1, poison);
                insert.setString(2, "{\"demand\":[{\"habitat\":\"No such habitat\",\"units\":1}]}");
                insert.executeUpdate();
            }
            TestRedis.command(SERVICES.redisDatabase(), "XADD", KEYS + "jobs", "*", "jobId", poison.toString());

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
            try (Connection connection = TestDatabases.connect(SERVICES.database()); PreparedStatement select = connection.prepareStatement(
                    "select attempts, error from jobs where job_id = ?")) {
                select.setObject(1, poison);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    assertThat(row.getInt(1)).isEqualTo(2);
                    assertThat(row.getString(2)).isEqualTo("gave up after 2 attempts");
                }
            }
            assertThat(TestRedis.command(SERVICES.redisDatabase(), "XLEN", KEYS + "jobs:dead")).isEqualTo(":1");
            assertThat(TestRedis.command(SERVICES.redisDatabase(), "XLEN", KEYS + "jobs")).isEqualTo(":0");
        }
    }
}
