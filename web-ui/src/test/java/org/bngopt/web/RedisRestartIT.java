package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.JobRows;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.SampleRequests;

import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis restarted with its data lost while jobs are queued and running (issue 9, fault 2). While it is
 * down the API answers 503 with a message, without hanging; afterwards every job accepted before the
 * restart finishes (the reconciler queues them again from Postgres), and the results served are the
 * stored ones.
 */
class RedisRestartIT {
    private static final String DATABASE = "bngopt_redis_restart_it";
    private static final int JOBS = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Process redis;

    @AfterEach
    void cleanUp() throws InterruptedException {
        stopRedis();
        TestDatabases.drop(DATABASE);
    }

    @Test
    void jobsAcceptedBeforeARestartThatLostRedisDataAllFinish() throws Exception {
        TestDatabases.recreate(DATABASE);
        int redisPort = PayaraMicroProcess.freePort();
        startRedis(redisPort);
        try (PayaraMicroProcess app = PayaraMicroProcess.start("redis-restart", Map.of(
                "DB_URL", TestDatabases.url(DATABASE),
                "REDIS_URL", "redis://127.0.0.1:" + redisPort,
                "WORKERS_PER_INSTANCE", "1",
                "SOLVER_TIME_LIMIT_SECONDS", "5",
                "RATE_LIMIT_JOBS_PER_MINUTE", "0"))) {
            app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofMinutes(3));

            List<UUID> accepted = new ArrayList<>();
            for (int job = 0; job < JOBS; job++) {
                HttpResponse<String> answer = post(app, request(job));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                accepted.add(UUID.fromString(answer.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")));
            }
            Map<UUID, String> atRestart = JobRows.statuses(DATABASE, accepted);
            assertThat(atRestart.values()).as("some jobs still queued or running at the restart").anyMatch(JobRows::live);
            // The last job still live at the restart has its result cached only after it, so it must be served.
            int replayed = accepted.size() - 1;
            while (!JobRows.live(atRestart.get(accepted.get(replayed)))) {
                replayed--;
            }

            stopRedis();
            long asked = System.nanoTime();
            HttpResponse<String> whileDown = post(app, request(JOBS));
            double secondsToAnswer = (System.nanoTime() - asked) / 1e9;
            assertThat(whileDown.statusCode()).isEqualTo(503);
            assertThat(whileDown.body()).contains("Redis is unavailable");
            assertThat(whileDown.headers().firstValue("Retry-After")).isPresent();
            assertThat(secondsToAnswer).as("answered without hanging").isLessThan(15);
            assertThat(app.get("/api/health").statusCode()).isEqualTo(503);

            startRedis(redisPort);
            long restarted = System.nanoTime();
            Map<UUID, String> finalStatuses = JobRows.awaitFinal(DATABASE, accepted, Duration.ofMinutes(2));
            double secondsToRecover = (System.nanoTime() - restarted) / 1e9;
            assertThat(finalStatuses.values()).containsOnly("finished");
            System.out.printf(Locale.ROOT, "RedisRestartIT: %d accepted, %d finished, 0 lost; 503 while down after %.1f s;"
                    + " all finished %.1f s after the restart%n", JOBS, finalStatuses.size(), secondsToAnswer, secondsToRecover);

            // The result served for a request is the one stored for its job, never a partial one.
            HttpResponse<String> again = post(app, request(replayed));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("\"cached\":true");
            String servedTotal = again.body().replaceAll(".*\"total\":([0-9.]+).*", "$1");
            assertThat(storedTotal(accepted.get(replayed))).isEqualTo(servedTotal);
        }
    }

    private static String request(int job) {
        return SampleRequests.distinct(job, 24);
    }

    private void startRedis(int port) throws IOException {
        Path log = Path.of("target", "it-instances", "redis-restart", "redis.log");
        Files.createDirectories(log.getParent());
        redis = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void stopRedis() throws InterruptedException {
        if (redis != null) {
            // kill -9: nothing is saved, so the restarted server starts empty.
            redis.destroyForcibly();
            redis.waitFor(10, TimeUnit.SECONDS);
            redis = null;
        }
    }

    private static HttpResponse<String> post(PayaraMicroProcess app, String body) throws Exception {
        return HTTP.send(Credentials.request(URI.create(app.baseUrl() + "/api/jobs")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }


    private static String storedTotal(UUID id) throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); PreparedStatement select = connection.prepareStatement(
                "select result ->> 'total' from jobs where job_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
