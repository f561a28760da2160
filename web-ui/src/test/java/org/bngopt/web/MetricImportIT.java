package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/metric} on a real instance: every golden workbook gives its expected lines (as the
 * body and as a multipart field), an unusable one a 400 naming the sheet, an oversized one 413; and 300
 * seeded broken workbooks never get a 5xx and leave the instance healthy.
 */
class MetricImportIT extends DeployedApplication {
    private static final Path GOLDEN = Path.of("..", "optimiser-lib", "src", "test", "resources", "metric");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"area_medium_hierarchy", "area_medium_offsets_low", "defra_test_metric", "hedgerow_very_high_identical",
            "malformed_no_header", "malformed_no_headline", "section_headings_all_ledgers", "watercourse_netgain_covered"})
    void everyGoldenWorkbookGivesItsExpectedLines(String name) throws Exception {
        byte[] workbook = Files.readAllBytes(GOLDEN.resolve("workbooks").resolve(name + ".xlsx"));
        JsonNode expected = JSON.readTree(GOLDEN.resolve("expected").resolve(name + ".json").toFile());

        HttpResponse<String> answer = post(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        if ("error".equals(expected.path("status").asText())) {
            assertThat(answer.statusCode()).isEqualTo(400);
            String sheet = expected.path("error").asText().replaceAll("^[^']*'([^']+)'.*$", "$1");
            assertThat(JSON.readTree(answer.body()).path("message").asText()).contains(sheet);
            return;
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode actual = JSON.readTree(answer.body());
        for (String ledger : List.of("area", "hedgerows", "watercourses")) {
            assertThat(lines(actual.path(ledger))).as(name + " " + ledger).isEqualTo(lines(expected.path(ledger)));
        }
        assertThat(actual.path("baselines").path("habitat").path("baseline_units").decimalValue())
                .isEqualByComparingTo(expected.path("baselines").path("habitat").path("baseline_units").decimalValue());
        assertThat(actual.path("remaining_surplus").size()).isEqualTo(expected.path("remaining_surplus").size());
        assertThat(actual.path("flow_log").size()).isEqualTo(expected.path("flow_log").size());
        assertThat(actual.path("demand").path("lines").size()).as("the catalogue-checked lines")
                .isEqualTo(expected.path("area").size() + expected.path("hedgerows").size() + expected.path("watercourses").size());
    }

    @Test
    void aMultipartUploadAndTheRolesThatMayUseIt() throws Exception {
        byte[] workbook = Files.readAllBytes(GOLDEN.resolve("workbooks/area_medium_hierarchy.xlsx"));
        String boundary = "----metric-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"metric.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.write(workbook);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));

        HttpResponse<String> answer = post(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("Net Gain (Low-equivalent)");

        HttpResponse<String> byQuoter = Session.admin(uri()).api("POST", "api/metric", HttpRequest.BodyPublishers.ofByteArray(workbook),
                "application/octet-stream");
        assertThat(byQuoter.statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(uri().resolve("api/metric"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(post(new byte[0], "application/octet-stream").statusCode()).isEqualTo(400);
        assertThat(post(new byte[(16 << 20) + 10], "application/octet-stream").statusCode()).isEqualTo(413);
    }

    @Test
    void threeHundredBrokenWorkbooksNeverGetA5xx() throws Exception {
        byte[][] seeds = {Files.readAllBytes(GOLDEN.resolve("workbooks/area_medium_hierarchy.xlsx")),
                Files.readAllBytes(GOLDEN.resolve("workbooks/section_headings_all_ledgers.xlsx")),
                Files.readAllBytes(GOLDEN.resolve("workbooks/hedgerow_very_high_identical.xlsx"))};
        Random random = new Random(20261206);
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        for (int i = 0; i < 300; i++) {
            byte[] seed = seeds[random.nextInt(seeds.length)];
            byte[] broken = switch (random.nextInt(4)) {
                case 0 -> Arrays.copyOf(seed, 1 + random.nextInt(seed.length - 1));
                default -> mutated(seed, random);
            };
            HttpResponse<String> answer = post(broken, "application/octet-stream");
            byClass[answer.statusCode() / 100]++;
            if (answer.statusCode() >= 500 || (answer.statusCode() == 400 && !answer.body().contains("\"message\""))) {
                failures.add(i + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        System.out.printf("MetricImportIT: 300 broken workbooks: %d 2xx, %d 4xx, %d 5xx%n", byClass[2], byClass[4], byClass[5]);
        assertThat(failures).isEmpty();
        assertThat(HTTP.send(HttpRequest.newBuilder(uri().resolve("api/health")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }

    /** One of: cells changed to text or error cells, sheets renamed or dropped, headers moved, huge numbers, unicode. */
    private static byte[] mutated(byte[] workbook, Random random) throws IOException {
        int kind = random.nextInt(6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> sheets = new ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (name.startsWith("xl/worksheets/sheet")) {
                    sheets.add(name);
                    if (kind == 4 && random.nextInt(3) == 0) {
                        continue; // a sheet removed
                    }
                    text = switch (kind) {
                        case 0 -> text.replaceAll("<v>([-0-9.E]+)</v>", random.nextBoolean() ? "<v>#REF!</v>" : "<v>1e308</v>")
                                .replace("t=\"n\"", "t=\"e\"");
                        case 1 -> text.replaceAll("<c r=\"([A-Z]+[0-9]+)\"([^>]*)><v>([-0-9.E]+)</v>",
                                "<c r=\"$1\"$2 t=\"inlineStr\"><is><t>\u00e9\uD83C\uDF3F$3</t></is>");
                        case 2 -> text.replaceFirst("<row r=\"([0-9]+)\"", "<row r=\"" + (1 + random.nextInt(200)) + "\"");
                        default -> text;
                    };
                }
                if (name.equals("xl/workbook.xml") && kind == 3) {
                    text = text.replaceAll("name=\"[^\"]*\"", "name=\"Renamed " + random.nextInt(1000) + "\"");
                }
                if (name.equals("xl/sharedStrings.xml") && kind == 5) {
                    text = text.replaceAll("<t>[^<]*</t>", random.nextBoolean() ? "<t>\u202e\u0000?</t>" : "<t>" + "x".repeat(5000) + "</t>");
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        return HTTP.send(Credentials.request(uri().resolve("api/metric")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> lines(JsonNode lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.add(line.path("habitat").asText() + "=" + new BigDecimal(line.path("units").asText())
                .stripTrailingZeros().toPlainString()));
        return out;
    }
}
