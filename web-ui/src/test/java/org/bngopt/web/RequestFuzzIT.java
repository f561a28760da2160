package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.OwnServices;
import org.bngopt.web.support.PayaraMicroProcess;

import org.bngopt.quote.InvalidRequestException;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.solve.Optimiser;
import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded malformed and hostile bodies for {@code POST /api/jobs}: wrong types, huge
 * numbers, NaN and Infinity, deep nesting, long strings, unicode and control characters, duplicate keys,
 * truncated JSON, 10,000 lines, SQL and script fragments, bytes that are not UTF-8. Every answer must be
 * 2xx or 4xx with a message, never 5xx, and every request that reached the database must be valid.
 */
class RequestFuzzIT {
    private static final OwnServices SERVICES = new OwnServices("bngopt_fuzz_it", 10);
    private static final int REQUESTS = 3_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String[] HABITATS = {"Grassland - Modified grassland", "Native hedgerow", "Ditches",
            "Net Gain (Low-equivalent)", "Grassland - Lowland meadows"};
    private static final String[] HOSTILE = {"'; drop table jobs; --", "<script>alert(1)</script>", "\" or 1=1 --",
            "${jndi:ldap://x}", "%00", "\u0000", "\u202egnirts", "Grassland \u2013 Modified grassland", "\uD83C\uDF3F",
            "Grassland - Modified grassland\u200b", "../../etc/passwd", "\\u0000", "  ", ""};
    private static final String[] ODD_NUMBERS = {"1e308", "1e309", "-1e400", "1e999999999", "1e-999999999",
            "123456789012345678901234567890", "0.0000001", "-0", "0", "10000.000001", "NaN", "Infinity", "-Infinity",
            "1.5e3", "0x10", "01", "1.", ".5", "+1", "1e", "\"1\"", "true", "null", "[]", "{}"};

    @AfterEach
    void cleanUp() {
        SERVICES.drop();
    }

    @Test
    void malformedAndHostileRequestsGetA2xxOr4xxWithAMessageAndNothingInvalidIsStored() throws Exception {
        try (PayaraMicroProcess app = SERVICES.startHealthy("fuzz", Map.of(
                "RATE_LIMIT_JOBS_PER_MINUTE", "0",
                "WORKERS_PER_INSTANCE", "1",
                "SOLVER_TIME_LIMIT_SECONDS", "2"))) {

            Random random = new Random(20261129);
            List<String> failures = new ArrayList<>();
            int[] byClass = new int[6];
            for (int i = 0; i < REQUESTS; i++) {
                byte[] body = body(random);
                HttpResponse<String> answer = HTTP.send(Credentials.request(URI.create(app.baseUrl() + "/api/jobs"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                byClass[status / 100]++;
                boolean explained = status < 400 ? answer.body().contains("\"id\"")
                        : answer.body().contains("\"message\"") && !answer.body().contains("Exception");
                if (status >= 500 || !explained) {
                    failures.add(status + " for " + preview(body) + ": " + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
            }

            System.out.printf("RequestFuzzIT: %d requests, %d answered 2xx, %d 4xx, %d 5xx%n", REQUESTS, byClass[2], byClass[4], byClass[5]);
            assertThat(failures).as("answers that were 5xx or said nothing useful").isEmpty();
            assertThat(byClass[4]).as("rejected").isGreaterThan(REQUESTS / 2);
            assertThat(byClass[2]).as("accepted (the valid ones mixed in)").isPositive();
            assertThat(app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofSeconds(30))
                    .statusCode()).isEqualTo(200);

            Optimiser validator = new Optimiser(ReferenceCsv.readSample());
            try (Connection connection = TestDatabases.connect(SERVICES.database()); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select request::text from jobs")) {
                int stored = 0;
                while (rows.next()) {
                    stored++;
                    String request = rows.getString(1);
                    try {
                        validator.parse(request);
                    } catch (InvalidRequestException e) {
                        failures.add("stored but invalid: " + request);
                    }
                }
                assertThat(stored).isPositive();
            }
            assertThat(failures).as("stored requests that do not validate").isEmpty();
        }
    }

    private static byte[] body(Random random) {
        String valid = validRequest(random);
        List<Function<Random, String>> kinds = List.of(
                r -> valid,
                r -> valid.substring(0, r.nextInt(valid.length())),
                r -> "{\"demand\":[{\"habitat\":\"" + HABITATS[r.nextInt(HABITATS.length)] + "\",\"units\":"
                        + ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)] + "}]}",
                r -> "{\"demand\":[{\"habitat\":" + jsonValue(r) + ",\"units\":" + jsonValue(r) + "}],\"site\":" + jsonValue(r)
                        + ",\"options\":" + jsonValue(r) + "}",
                r -> "{\"demand\":" + jsonValue(r) + "}",
                r -> "{\"demand\":[{\"habitat\":" + quoted(HOSTILE[r.nextInt(HOSTILE.length)]) + ",\"units\":1}],"
                        + "\"site\":{\"lpa\":" + quoted(HOSTILE[r.nextInt(HOSTILE.length)]) + "}}",
                r -> "[".repeat(1 + r.nextInt(20_000)),
                r -> "{\"demand\":" + "[".repeat(1 + r.nextInt(5_000)) + "]".repeat(r.nextInt(5_000)) + "}",
                r -> "{\"demand\":[{\"habitat\":\"" + "x".repeat(1 + r.nextInt(500_000)) + "\",\"units\":1}]}",
                r -> "{\"demand\":[{\"habitat\":\"Native hedgerow\",\"units\":1}],\"demand\":" + jsonValue(r) + "}",
                r -> "{\"demand\":[" + String.join(",", java.util.Collections.nCopies(10_000,
                        "{\"habitat\":\"Native hedgerow\",\"units\":0.01}")) + "]}",
                r -> "{\"options\":{\"maxBanks\":" + ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)] + ",\"promoterDiscount\":{\"type\":"
                        + jsonValue(r) + ",\"value\":" + ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)] + "}},\"demand\":[{\"habitat\":\""
                        + HABITATS[0] + "\",\"units\":1}]}",
                r -> jsonValue(r),
                r -> "");
        String text = kinds.get(random.nextInt(kinds.size())).apply(random);
        if (random.nextInt(20) == 0) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            byte[] broken = new byte[bytes.length + 2];
            System.arraycopy(bytes, 0, broken, 0, bytes.length);
            broken[bytes.length] = (byte) 0xC3;
            broken[bytes.length + 1] = (byte) 0x28;
            return broken;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String validRequest(Random random) {
        StringBuilder demand = new StringBuilder();
        int lines = 1 + random.nextInt(3);
        for (int line = 0; line < lines; line++) {
            demand.append(line == 0 ? "" : ",").append("{\"habitat\":\"").append(HABITATS[(line + random.nextInt(2)) % HABITATS.length])
                    .append("\",\"units\":").append(1 + random.nextInt(300) / 100.0).append('}');
        }
        return "{\"site\":{\"lpa\":\"Winchester\",\"nca\":\"Hampshire Downs\"},\"demand\":[" + demand + "]}";
    }

    private static String jsonValue(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
            case 3 -> quoted(HOSTILE[random.nextInt(HOSTILE.length)]);
            case 4 -> "[" + (random.nextBoolean() ? jsonValue(random) : "") + "]";
            case 5 -> "{\"" + HOSTILE[random.nextInt(HOSTILE.length)].replace("\"", "") + "\":" + jsonValue(random) + "}";
            case 6 -> quoted(HABITATS[random.nextInt(HABITATS.length)]);
            case 7 -> String.valueOf(random.nextGaussian() * 1e6);
            default -> "\"" + "é".repeat(random.nextInt(100)) + "\"";
        };
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
        return text + (body.length > 120 ? "… (" + body.length + " bytes)" : "");
    }
}
