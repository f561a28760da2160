package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.Session;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceCsvWriter;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built WAR deployed on Payara Micro (Arquillian managed container) against the real Postgres and
 * Redis: health is ok and the sample data reached the empty test database.
 */
class StartupIT extends DeployedApplication {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthIsOkWithDatabaseAndRedisUp() throws Exception {
        HttpResponse<String> health = get(uri().resolve("api/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\",\"redis\":\"up\"}");
    }

    @Test
    void microProfileHealthReportsTheSameChecks() throws Exception {
        URI server = uri().resolve("/");

        HttpResponse<String> ready = get(server.resolve("health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\",\"status\":\"UP\"", "\"name\":\"redis\",\"status\":\"UP\"");

        HttpResponse<String> live = get(server.resolve("health/live"));
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"database\":\"up\"", "\"redis\":\"up\"");
    }

    @Test
    void sampleDataIsLoadedIntoTheEmptyDatabase() throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version, (select count(*) from banks),"
                     + " (select count(*) from stock), (select count(*) from prices) from reference_version")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("ref-2025.11-r1");
            assertThat(row.getInt(2)).isEqualTo(12);
            assertThat(row.getInt(3)).isEqualTo(119);
            assertThat(row.getInt(4)).isEqualTo(1305);
        }
    }

    @Test
    void homePageShowsTheReferenceDataInUse() throws Exception {
        HttpResponse<String> page = Session.admin(uri()).get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ref-2025.11-r1", "Banks", ">12<");
    }

    @Test
    void referenceDataExportsAsCsvZipAndWorkbookThatGiveTheSnapshotBack() throws Exception {
        ReferenceData sample = ReferenceCsv.readSample();

        HttpResponse<byte[]> zip = download(uri().resolve("api/reference/export.zip"));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"reference-ref-2025.11-r1.zip\"");
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).hasSize(11).containsKey("VERSION");
        ReferenceData exported = ReferenceCsv.read(name -> new StringReader(files.get(name)));
        assertThat(exported.version()).isEqualTo(sample.version());
        // The database's snapshot may order rows and scale decimals differently from the sample's CSV files.
        List<ReferenceCsvWriter.Table> expectedTables = ReferenceCsvWriter.tables(sample);
        List<ReferenceCsvWriter.Table> exportedTables = ReferenceCsvWriter.tables(exported);
        for (int t = 0; t < expectedTables.size(); t++) {
            assertThat(normalised(exportedTables.get(t))).as(expectedTables.get(t).fileName())
                    .isEqualTo(normalised(expectedTables.get(t)));
        }

        HttpResponse<byte[]> workbook = download(uri().resolve("api/reference/export.xlsx"));
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertThat(sheets.getSheet("VERSION").getRow(0).getCell(0).getStringCellValue()).isEqualTo("ref-2025.11-r1");
            for (ReferenceCsvWriter.Table table : exportedTables) {
                Sheet sheet = sheets.getSheet(table.fileName().replace(".csv", ""));
                assertThat(cells(sheet.getRow(0), table.header().size())).as(table.fileName()).isEqualTo(table.header());
                assertThat(sheet.getLastRowNum()).as(table.fileName()).isEqualTo(table.rows().size());
                for (int r = 0; r < table.rows().size(); r++) {
                    assertThat(cells(sheet.getRow(r + 1), table.header().size())).isEqualTo(table.rows().get(r));
                }
            }
        }
    }

    /** A table's rows in sorted order, with numbers compared by value. */
    private static List<String> normalised(ReferenceCsvWriter.Table table) {
        return table.rows().stream().map(row -> row.stream().map(cell -> {
            if (cell != null && cell.matches("-?\\d+(\\.\\d+)?")) {
                return new BigDecimal(cell).stripTrailingZeros().toPlainString();
            }
            return String.valueOf(cell);
        }).toList().toString()).sorted().toList();
    }

    private static List<String> cells(Row row, int columns) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            values.add(row.getCell(c) == null ? null : row.getCell(c).getStringCellValue());
        }
        return values;
    }

    private static HttpResponse<byte[]> download(URI uri) throws Exception {
        return HTTP.send(Credentials.request(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(Credentials.request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
