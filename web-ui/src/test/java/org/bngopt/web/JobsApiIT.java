package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.SampleRequests;
import org.bngopt.web.support.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job pipeline over HTTP on a real Payara Micro with the real Postgres and Redis: submit, poll,
 * result; cache hits; single flight; validation; 404; cancel; and a changed reference-data version.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsApiIT extends DeployedApplication {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Order(1)
    void submitPollAndReadTheResult() throws Exception {
        HttpResponse<String> submitted = post(SampleRequests.P01);

        assertThat(submitted.statusCode()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(submitted.body());
        assertThat(accepted.get("status").asText()).isIn("queued", "started");
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/jobs/" + accepted.get("id").asText()));

        JsonNode job = awaitEnd(accepted.get("id").asText());
        assertThat(job.get("status").asText()).isEqualTo("finished");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        assertThat(job.get("attempts").asInt()).isEqualTo(1);
        assertThat(job.get("instance").asText()).isNotBlank();
        assertThat(job.get("cached").asBoolean()).isFalse();
        assertThat(job.get("result").get("total").decimalValue()).isEqualByComparingTo("19585.60");
        assertThat(job.get("result").get("solverStatus").asText()).isEqualTo("OPTIMAL");
    }

    @Test
    @Order(2)
    void theSameRequestWrittenDifferentlyIsAnsweredFromTheCache() throws Exception {
        String sameMeaning = "{ \"site\": {\"nca\":\"Hampshire Downs\",\"lpa\":\"Winchester\",\"waterbodyCatchment\":null},"
                + " \"options\": {\"allowPairing\": true, \"quotesHoldPolicy\": \"IGNORE\"},"
                + " \"demand\": [{\"units\": 0.800, \"habitat\": \" Grassland - Other neutral grassland \"}] }";

        HttpResponse<String> answer = post(sameMeaning);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("status").asText()).isEqualTo("finished");
        assertThat(body.get("cached").asBoolean()).isTrue();
        assertThat(body.get("result").get("total").decimalValue()).isEqualByComparingTo("19585.60");
        String historyId = body.get("id").asText();
        assertThat(awaitRow(historyId)).as("the cache hit's history row, written in the background").isTrue();
        JsonNode historyRow = JSON.readTree(get("api/jobs/" + historyId).body());
        assertThat(historyRow.get("cached").asBoolean()).isTrue();
        assertThat(historyRow.get("result").get("total").decimalValue()).as("the result it shares with the job that computed it")
                .isEqualByComparingTo("19585.60");

        assertThat(delete("api/cache").statusCode()).as("admins only").isEqualTo(403);
        assertThat(Session.admin(uri()).api("DELETE", "api/cache", HttpRequest.BodyPublishers.noBody(), "application/json")
                .statusCode()).isEqualTo(204);
        assertThat(post(sameMeaning).statusCode()).as("after the flush, in Redis and in this instance's recent results")
                .isEqualTo(202);
    }

    @Test
    @Order(3)
    void concurrentIdenticalSubmitsRunOneOptimisation() throws Exception {
        String request = "{\"demand\":[{\"habitat\":\"Grassland - Modified grassland\",\"units\":1.234}],"
                + "\"site\":{\"lpa\":\"Test Valley\",\"nca\":\"South Hampshire Lowlands\"}}";
        List<CompletableFuture<HttpResponse<String>>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(HTTP.sendAsync(postRequest(request), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> jobIds = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> submit : submits) {
            HttpResponse<String> response = submit.join();
            assertThat(response.statusCode()).isIn(200, 202);
            if (response.statusCode() == 202) {
                jobIds.add(JSON.readTree(response.body()).get("id").asText());
            }
        }

        assertThat(jobIds).as(() -> "one job for eight identical submits; the jobs: " + describe(jobIds)).hasSize(1);
        awaitEnd(jobIds.iterator().next());
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from jobs where cached = false"
                     + " and request->'demand'->0->>'habitat' = 'Grassland - Modified grassland'")) {
            row.next();
            assertThat(row.getInt(1)).as("optimisations run").isEqualTo(1);
        }
    }

    @Test
    @Order(4)
    void badInputGets400NamingTheField() throws Exception {
        HttpResponse<String> malformed = post("{\"demand\": [");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).isEqualTo("{\"status\":400,\"error\":\"VALIDATION_ERROR\",\"errors\":[{\"field\":\"\",\"message\":\"malformed JSON\"}]}");

        HttpResponse<String> invalid = post("{\"demand\":[{\"habitat\":\"Grassland - Unicorn meadow\",\"units\":-1}]}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).get("errors")).hasSize(2);
        assertThat(invalid.body()).contains("\"field\":\"demand[0].habitat\"", "unknown habitat 'Grassland - Unicorn meadow'",
                "\"field\":\"demand[0].units\"", "units must be greater than 0");

        HttpResponse<String> badFilter = get("api/jobs?status=done&size=500");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).contains("\"field\":\"status\"");
    }

    @Test
    @Order(5)
    void anUnknownJobIs404() throws Exception {
        assertThat(get("api/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("api/jobs/not-an-id").statusCode()).isEqualTo(404);
        assertThat(delete("api/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void aQueuedJobCanBeCancelledAndAnEndedOneCannot() throws Exception {
        // A queued row without a stream entry: no worker can take it before the cancel arrives.
        UUID queued = UUID.randomUUID();
        try (Connection connection = TestDatabases.connect(DATABASE); PreparedStatement insert = connection.prepareStatement(
                "insert into jobs (job_id, job_key, request_hash, reference_version, request, status, submitted_by)"
                        + " values (?, ?, 'h', 'v', ?::jsonb, 'queued', 'token:bootstrap')")) {
            insert.setObject(1, queued);
            insert.setString(2, "cancel-test:" + queued);
            insert.setString(3, SampleRequests.P01);
            insert.executeUpdate();
        }

        HttpResponse<String> cancelled = delete("api/jobs/" + queued);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("api/jobs/" + queued).body()).get("status").asText()).isEqualTo("cancelled");
        assertThat(delete("api/jobs/" + queued).statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(get("api/jobs?status=cancelled").body()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void aChangedReferenceDataVersionMissesTheCache() throws Exception {
        execute("update reference_version set version = 'ref-test-changed'");
        try {
            await(() -> get("api/info").body().contains("ref-test-changed"), Duration.ofSeconds(30));

            HttpResponse<String> submitted = post(SampleRequests.P01);

            assertThat(submitted.statusCode()).isEqualTo(202);
            JsonNode job = awaitEnd(JSON.readTree(submitted.body()).get("id").asText());
            assertThat(job.get("result").get("referenceDataVersion").asText()).isEqualTo("ref-test-changed");
            assertThat(post(SampleRequests.P01).statusCode()).as("cached under the new version").isEqualTo(200);
        } finally {
            execute("update reference_version set version = 'ref-2025.11-r1'");
        }
    }

    @Test
    @Order(8)
    void referenceDataAndInfoEndpoints() throws Exception {
        JsonNode habitats = JSON.readTree(get("api/reference/habitats").body()).get("habitats");
        assertThat(habitats.size()).isEqualTo(56 + 3);
        JsonNode lpas = JSON.readTree(get("api/reference/lpas").body()).get("lpas");
        assertThat(lpas.toString()).contains("\"name\":\"Winchester\"");
        JsonNode prices = JSON.readTree(get("api/reference/prices?bankId=WC1P01&contractSize=small&tier=local&size=5").body());
        assertThat(prices.get("prices")).hasSize(5);
        assertThat(prices.get("total").asInt()).isGreaterThan(5);
        assertThat(get("api/reference/stock?page=-1").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(10)
    void aClientMayWaitForTheEndOfAJobInOneCall() throws Exception {
        HttpResponse<String> accepted = post(SampleRequests.distinct(901, 4));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).path("id").asText();

        HttpResponse<String> ended = get("api/jobs/" + id + "?waitMillis=10000");

        assertThat(JSON.readTree(ended.body()).path("status").asText()).isEqualTo("finished");
        assertThat(JSON.readTree(ended.body()).path("result").path("total").isNumber()).isTrue();
        HttpResponse<String> tooLong = get("api/jobs/" + id + "?waitMillis=60000");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"waitMillis\"");
    }

    @Test
    @Order(9)
    void metricsOpenApiAndTheDocsPage() throws Exception {
        URI server = uri().resolve("/");
        String metrics = HTTP.send(Credentials.request(server.resolve("metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("bng_cache_hits_total", "bng_cache_misses_total", "bng_queue_depth",
                "bng_queue_pending", "bng_queue_dead_letters", "bng_solve_milliseconds_count");
        assertThat(metrics).containsPattern("bng_jobs\\{[^}]*status=\"finished\"[^}]*} [1-9]");

        String openapi = HTTP.send(Credentials.request(server.resolve("openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(openapi).contains("BNG Optimiser API", "/api/jobs/{id}", "/api/reference/prices");
        assertThat(openapi).as("servers by path, so Try it out calls this origin").doesNotContain("localhost:")
                .containsPattern("servers:\\s+- url: /\\s");
        assertThat(openapi).as("the bearer scheme behind the Authorize button")
                .contains("securitySchemes:", "scheme: bearer", "type: http")
                .contains("Grassland - Other neutral grassland", "VALIDATION_ERROR", "meadow-kestrel-ledger-42");
        HttpResponse<String> docsByToken = HTTP.send(Credentials.request(server.resolve("docs/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docsByToken.statusCode()).as("a token holder reads the docs").isEqualTo(200);
        Session admin = Session.admin(uri());
        assertThat(admin.get("docs/").body()).contains("swagger-ui-bundle.js");
        assertThat(admin.get("webjars/swagger-ui/5.27.1/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void everyErrorUnderApiIsTheSameJsonBodyWhoeverAnswersIt() throws Exception {
        HttpResponse<String> unknownPath = get("api/nothing-here");
        HttpResponse<String> wrongMethod = HTTP.send(Credentials.request(uri("api/info"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongRole = get("api/admin/users");
        HttpResponse<String> noToken = HTTP.send(HttpRequest.newBuilder(uri("api/jobs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : List.of(unknownPath, wrongMethod, wrongRole, noToken)) {
            assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri() + " " + answer.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            JsonNode body = JSON.readTree(answer.body());
            assertThat(body.path("status").asInt()).as(answer.body()).isEqualTo(answer.statusCode());
            assertThat(body.path("error").asText()).isNotBlank();
            assertThat(body.path("message").asText()).isNotBlank();
        }
        assertThat(List.of(unknownPath.statusCode(), wrongMethod.statusCode(), wrongRole.statusCode(), noToken.statusCode()))
                .containsExactly(404, 405, 403, 401);
    }

    /** Each job as the API shows it without its result, to say why there was more than one. */
    private String describe(Set<String> ids) {
        StringBuilder jobs = new StringBuilder();
        for (String id : ids) {
            try {
                JsonNode job = JSON.readTree(get("api/jobs/" + id).body());
                if (job.isObject()) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) job).remove("result");
                }
                jobs.append(job).append(' ');
            } catch (Exception e) {
                jobs.append(id).append(": ").append(e).append(' ');
            }
        }
        return jobs.toString();
    }

    private JsonNode awaitEnd(String id) throws Exception {
        JsonNode[] job = new JsonNode[1];
        await(() -> {
            job[0] = JSON.readTree(get("api/jobs/" + id).body());
            return List.of("finished", "failed", "cancelled").contains(job[0].get("status").asText());
        }, Duration.ofSeconds(60));
        return job[0];
    }

    private boolean awaitRow(String id) throws Exception {
        await(() -> get("api/jobs/" + id).statusCode() == 200, Duration.ofSeconds(10));
        return true;
    }

    @FunctionalInterface
    private interface Check {
        boolean passes() throws Exception;
    }

    private static void await(Check check, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.passes()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private HttpRequest postRequest(String body) throws Exception {
        return Credentials.request(uri().resolve("api/jobs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(postRequest(body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(Credentials.request(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return HTTP.send(Credentials.request(uri(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) throws Exception {
        return uri().resolve(path);
    }
}
