package org.bngopt.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** Every golden workbook of metric-import.md gives its expected result (numbers compared numerically). */
class MetricGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> GOLDEN = List.of("area_medium_hierarchy", "area_medium_offsets_low", "defra_test_metric",
            "hedgerow_very_high_identical", "malformed_no_header", "malformed_no_headline", "section_headings_all_ledgers",
            "watercourse_netgain_covered");

    static List<String> golden() {
        return GOLDEN;
    }

    @ParameterizedTest
    @MethodSource("golden")
    void readsEveryGoldenWorkbook(String name) throws IOException {
        JsonNode actual = JSON.readTree(Json.compact(MetricReader.read(workbook(name))));
        assertMatches(name, actual, expected(name));
    }

    /** Compares an answer in the shape of expected/*.json with the expected one; used by the CLI and API tests too. */
    static void assertMatches(String name, JsonNode actual, JsonNode expected) {
        assertSoftly(softly -> {
            softly.assertThat(actual.path("status").asText()).as(name + " status").isEqualTo(expected.path("status").asText());
            if ("error".equals(expected.path("status").asText())) {
                Matcher sheet = Pattern.compile("'([^']+)'").matcher(expected.path("error").asText());
                String named = sheet.find() ? sheet.group(1) : "";
                softly.assertThat(actual.path("error").asText()).as(name + " error names the sheet").contains(named);
            }
            for (String ledger : List.of("area", "hedgerows", "watercourses")) {
                softly.assertThat(lines(actual.path(ledger))).as(name + " " + ledger).isEqualTo(lines(expected.path(ledger)));
            }
            if (!expected.path("baselines").isNull()) {
                for (String ledger : List.of("habitat", "hedgerow", "watercourse")) {
                    for (String field : List.of("target_percent", "baseline_units", "units_required", "unit_deficit")) {
                        softly.assertThat(actual.path("baselines").path(ledger).path(field).asDouble())
                                .as(name + " baseline " + ledger + "." + field)
                                .isCloseTo(expected.path("baselines").path(ledger).path(field).asDouble(),
                                        org.assertj.core.data.Offset.offset(1e-9));
                    }
                }
            }
            softly.assertThat(rows(actual.path("remaining_surplus"))).as(name + " remaining surplus")
                    .isEqualTo(rows(expected.path("remaining_surplus")));
            softly.assertThat(rows(actual.path("flow_log"))).as(name + " flow log").isEqualTo(rows(expected.path("flow_log")));
            softly.assertThat(actual.path("warnings").size()).as(name + " warnings " + actual.path("warnings"))
                    .isEqualTo(expected.path("warnings").size());
        });
    }

    /** Lines as "habitat=units" with units normalised, so 1.5 and 1.50 compare equal. */
    private static List<String> lines(JsonNode lines) {
        return rows(lines);
    }

    private static List<String> rows(JsonNode rows) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        rows.forEach(row -> {
            StringBuilder text = new StringBuilder();
            row.fields().forEachRemaining(field -> text.append(field.getKey()).append('=')
                    .append(field.getValue().isNumber() ? new java.math.BigDecimal(field.getValue().asText())
                            .stripTrailingZeros().toPlainString() : field.getValue().asText()).append(';'));
            out.add(text.toString());
        });
        return out;
    }

    static byte[] workbook(String name) throws IOException {
        return resource("/metric/workbooks/" + name + ".xlsx");
    }

    static JsonNode expected(String name) throws IOException {
        return JSON.readTree(resource("/metric/expected/" + name + ".json"));
    }

    private static byte[] resource(String path) {
        try (InputStream in = MetricGoldenTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
