package org.bngopt.web;

import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.SampleRequests;
import org.bngopt.web.support.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference-data administration on a real instance (issue 8): a workbook or zip exported, checked and
 * imported back unchanged; one bad cell refused by sheet and row with nothing written; an import that
 * changes a row, and a result cached before it not served after it; single edits; and bad uploads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceImportIT extends DeployedApplication {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Session admin;

    @Test
    @Order(1)
    void exportedWorkbookAndZipImportBackToIdenticalData() throws Exception {
        admin = Session.admin(uri());
        String tablesBefore = tableDump();
        for (String format : new String[] {"xlsx", "zip"}) {
            byte[] exported = admin.download("api/reference/export." + format).body();

            JsonNode preview = importSet(exported, false);
            assertThat(preview.path("applied").asBoolean()).isFalse();
            assertThat(preview.path("changes")).hasSize(10).allSatisfy(change -> assertThat(
                    change.path("added").asInt() + change.path("removed").asInt() + change.path("changed").asInt()).isZero());
            String before = version();
            JsonNode applied = importSet(exported, true);
            assertThat(applied.path("version").asText()).as("a new version").startsWith("ref-2025.11-r1+").isNotEqualTo(before);
            assertThat(version()).isEqualTo(applied.path("version").asText());
            assertThat(tableDump()).as(format + " round trip").isEqualTo(tablesBefore);
        }
    }

    @Test
    @Order(2)
    void aWorkbookWithOneBadCellChangesNothingAndNamesTheCell() throws Exception {
        String before = version();
        String tablesBefore = tableDump();
        byte[] unknownBank = edited(sheet -> "prices".equals(sheet.getSheetName()) ? new int[] {4, 0} : null, "NO-SUCH-BANK");
        byte[] notANumber = edited(sheet -> "stock".equals(sheet.getSheetName()) ? new int[] {2, 3} : null, "lots");

        for (byte[] bad : new byte[][] {unknownBank, notANumber}) {
            HttpResponse<String> refused = admin.api("POST", "api/admin/reference/import?confirm=true",
                    HttpRequest.BodyPublishers.ofByteArray(bad), "application/octet-stream");
            assertThat(refused.statusCode()).isEqualTo(400);
            JsonNode problems = JSON.readTree(refused.body()).path("problems");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).path("text").asText()).isIn(
                    "prices row 5: column 'bank_id': 'NO-SUCH-BANK' is not defined in the set",
                    "stock row 3: column 'available_excl_quotes': 'lots' is not a number");
        }
        assertThat(version()).isEqualTo(before);
        assertThat(tableDump()).isEqualTo(tablesBefore);
    }

    @Test
    @Order(3)
    void anImportThatChangesStockIsPreviewedAppliedAndNoOlderResultIsServed() throws Exception {
        assertThat(submit().statusCode()).isIn(200, 202);
        awaitCached();
        String oldVersion = version();

        byte[] changed = edited(sheet -> "stock".equals(sheet.getSheetName()) ? new int[] {1, 3} : null, "0.5");
        JsonNode preview = importSet(changed, false);
        assertThat(preview.path("changes").findValues("table")).hasSize(10);
        assertThat(preview.toString()).contains("{\"table\":\"stock\",\"added\":0,\"removed\":0,\"changed\":1}");
        String newVersion = importSet(changed, true).path("version").asText();

        assertThat(newVersion).isNotEqualTo(oldVersion);
        HttpResponse<String> after = submit();
        assertThat(after.statusCode()).as("the result cached under " + oldVersion + " is not served").isEqualTo(202);
        awaitAudit("reference data imported");
    }

    @Test
    @Order(4)
    void singleStockAndPriceEditsAreValidatedVersionedAndAudited() throws Exception {
        String before = version();
        HttpResponse<String> stock = admin.api("PUT", "api/admin/reference/stock/WC1P01-S001",
                HttpRequest.BodyPublishers.ofString("{\"availableExclQuotes\":12.25,\"quoted\":1}"), "application/json");
        assertThat(stock.statusCode()).as(stock.body()).isEqualTo(200);
        String afterStock = version();
        assertThat(afterStock).isNotEqualTo(before).isEqualTo(JSON.readTree(stock.body()).path("version").asText());
        assertThat(query("select available_excl_quotes || '/' || quoted from stock where stock_id = 'WC1P01-S001'"))
                .isEqualTo("12.25/1");

        HttpResponse<String> price = admin.api("PUT", "api/admin/reference/prices", HttpRequest.BodyPublishers.ofString(
                "{\"bankId\":\"WC1P01\",\"habitatName\":\"Grassland - Modified grassland\",\"contractSize\":\"small\","
                        + "\"tier\":\"local\",\"price\":20000}"), "application/json");
        assertThat(price.statusCode()).as(price.body()).isEqualTo(200);
        assertThat(version()).isNotEqualTo(afterStock);

        HttpResponse<String> negative = admin.api("PUT", "api/admin/reference/stock/WC1P01-S001",
                HttpRequest.BodyPublishers.ofString("{\"availableExclQuotes\":-1,\"quoted\":0}"), "application/json");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"availableExclQuotes\"");
        assertThat(admin.api("PUT", "api/admin/reference/stock/NO-SUCH-PARCEL", HttpRequest.BodyPublishers.ofString(
                "{\"availableExclQuotes\":1,\"quoted\":0}"), "application/json").statusCode()).isEqualTo(404);
        awaitAudit("stock edited");
        awaitAudit("price edited");
    }

    @Test
    @Order(5)
    void oversizedAndMalformedUploadsAre413Or400() throws Exception {
        String before = version();
        byte[] oversized = new byte[17 << 20];
        oversized[0] = 'P';
        oversized[1] = 'K';
        assertThat(upload(oversized).statusCode()).isEqualTo(413);
        assertThat(upload(new byte[0]).statusCode()).isEqualTo(400);
        assertThat(upload("banks.csv\nnot a zip".getBytes()).body()).contains("must be an .xlsx workbook or a .zip of CSV files");
        byte[] workbook = admin.download("api/reference/export.xlsx").body();
        HttpResponse<String> truncated = upload(Arrays.copyOf(workbook, workbook.length / 2));
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(version()).isEqualTo(before);
    }

    private HttpResponse<String> upload(byte[] bytes) throws Exception {
        return admin.api("POST", "api/admin/reference/import?confirm=true", HttpRequest.BodyPublishers.ofByteArray(bytes),
                "application/octet-stream");
    }

    private JsonNode importSet(byte[] file, boolean confirm) throws Exception {
        HttpResponse<String> answer = admin.api("POST", "api/admin/reference/import?confirm=" + confirm,
                HttpRequest.BodyPublishers.ofByteArray(file), "application/octet-stream");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The current workbook with one cell (row, column, 0-based) of one sheet set to {@code value}. */
    private byte[] edited(java.util.function.Function<Sheet, int[]> cellOf, String value) throws Exception {
        byte[] exported = admin.download("api/reference/export.xlsx").body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : workbook) {
                int[] cell = cellOf.apply(sheet);
                if (cell != null) {
                    sheet.getRow(cell[0]).getCell(cell[1]).setCellValue(value);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> submit() throws Exception {
        return admin.api("POST", "api/jobs", HttpRequest.BodyPublishers.ofString(SampleRequests.P01), "application/json");
    }

    private void awaitCached() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (submit().statusCode() != 200) {
            assertThat(System.nanoTime()).as("SampleRequests.P01 answered from the cache").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private void awaitAudit(String action) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!admin.get("api/admin/audit?size=200").body().contains("\"action\":\"" + action + "\"")) {
            assertThat(System.nanoTime()).as("audit entry " + action).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String version() throws Exception {
        return query("select version from reference_version");
    }

    /** Every reference table's rows, sorted, with numbers by value: what an identical import must leave. */
    private static String tableDump() throws Exception {
        StringBuilder dump = new StringBuilder();
        for (String table : new String[] {"banks", "habitats", "distinctiveness_levels", "stock", "prices", "srm",
                "contract_sizes", "trading_rules", "lpa_adjacency", "nca_adjacency"}) {
            dump.append(table).append(": ").append(query("select string_agg(line, ' | ' order by line) from (select"
                    + " regexp_replace(row_to_json(t)::text, '\"[a-z_]*_id\":[0-9]+,?', '', 'g') as line"
                    + " from " + table + " t) rows")).append('\n');
        }
        return dump.toString();
    }

    private static String query(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
