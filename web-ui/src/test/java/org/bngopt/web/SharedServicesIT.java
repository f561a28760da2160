package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.testsupport.TestDatabases;
import org.bngopt.testsupport.TestRedis;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.SampleRequests;
import org.bngopt.web.support.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployments that share services: two on different databases sharing one Redis keep to their own jobs
 * (their keys live in namespaces of their own), and a deployment restarted with a changed
 * {@code BOOTSTRAP_API_TOKEN} takes the new secret, unless the token was revoked, and says so.
 */
class SharedServicesIT {
    private static final String FIRST = "bngopt_shared_first";
    private static final String SECOND = "bngopt_shared_second";
    private static final int REDIS_DATABASE = 7;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterAll
    static void dropDatabases() {
        TestDatabases.drop(FIRST);
        TestDatabases.drop(SECOND);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
    }

    @Test
    void twoDeploymentsOnOneRedisEachRunOnlyTheirOwnJobs() throws Exception {
        TestDatabases.recreate(FIRST);
        TestDatabases.recreate(SECOND);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
        try (PayaraMicroProcess first = start("shared-first", FIRST, "bng_first-deployment-token");
             PayaraMicroProcess second = start("shared-second", SECOND, "bng_second-deployment-token")) {
            List<String[]> submitted = new ArrayList<>();
            for (int job = 0; job < 8; job++) {
                PayaraMicroProcess app = job % 2 == 0 ? first : second;
                String token = app == first ? "bng_first-deployment-token" : "bng_second-deployment-token";
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/jobs"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SampleRequests.distinct(500 + job, 6))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                submitted.add(new String[]{app.baseUrl(), token, JSON.readTree(answer.body()).path("id").asText()});
            }
            for (String[] job : submitted) {
                assertThat(awaitFinal(job[0], job[1], job[2])).as("job " + job[2] + " on " + job[0]).isEqualTo("finished");
            }
            assertThat(TestRedis.command(REDIS_DATABASE, "EVAL", "return #redis.call('keys', ARGV[1])", "0", "bng:*:jobs"))
                    .as("one stream per deployment").isEqualTo(":2");
        }
    }

    @Test
    void aChangedBootstrapTokenReplacesTheOldOneUnlessItWasRevoked() throws Exception {
        TestDatabases.recreate(FIRST);
        TestRedis.command(REDIS_DATABASE, "FLUSHDB");
        try (PayaraMicroProcess app = start("bootstrap-1", FIRST, "bng_original-secret")) {
            assertThat(infoStatus(app, "bng_original-secret")).isEqualTo(200);
        }
        try (PayaraMicroProcess app = start("bootstrap-2", FIRST, "bng_rotated-secret")) {
            assertThat(infoStatus(app, "bng_rotated-secret")).isEqualTo(200);
            assertThat(infoStatus(app, "bng_original-secret")).isEqualTo(401);
            assertThat(app.logLines()).anyMatch(line -> line.contains("now has the new secret in BOOTSTRAP_API_TOKEN"));
            Session admin = Session.admin(URI.create(app.baseUrl() + "/"));
            JsonNode tokens = JSON.readTree(admin.get("api/admin/tokens").body());
            String id = tokens.get(0).path("id").asText();
            assertThat(admin.api("DELETE", "api/admin/tokens/" + id, HttpRequest.BodyPublishers.noBody(), "application/json")
                    .statusCode()).isEqualTo(204);
        }
        try (PayaraMicroProcess app = start("bootstrap-3", FIRST, "bng_after-revocation")) {
            assertThat(infoStatus(app, "bng_after-revocation")).isEqualTo(401);
            assertThat(app.logLines()).anyMatch(line -> line.contains("was revoked, so BOOTSTRAP_API_TOKEN is ignored"));
        }
    }

    private static PayaraMicroProcess start(String name, String database, String token) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", TestDatabases.url(database));
        environment.put("REDIS_URL", "redis://127.0.0.1:6379/" + REDIS_DATABASE);
        environment.put("BOOTSTRAP_API_TOKEN", token);
        PayaraMicroProcess app = PayaraMicroProcess.start(name, environment);
        try {
            app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofMinutes(3));
            return app;
        } catch (Exception | AssertionError e) {
            app.close();
            throw e;
        }
    }

    private static int infoStatus(PayaraMicroProcess app, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/info"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String awaitFinal(String base, String token, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> job = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            status = JSON.readTree(job.body()).path("status").asText();
            if (!status.equals("queued") && !status.equals("started")) {
                return status;
            }
            Thread.sleep(200);
        }
        return status;
    }
}
