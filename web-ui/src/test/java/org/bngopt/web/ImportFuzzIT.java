package org.bngopt.web;

import org.bngopt.web.support.OwnServices;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.Session;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.ReferenceIntegrity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded malformed and hostile uploads for {@code POST /api/admin/reference/import} (issue 9): random
 * bytes, broken and truncated archives and workbooks, and exported sets with one cell, column, row or
 * file mutated into something odd (huge or negative numbers, NaN, script and SQL fragments, unknown
 * names, bytes that are not UTF-8). Half of them ask to be applied. Every answer must be 200 or 4xx
 * with a message, never 5xx, and whatever reference data is left must still be a whole, valid set.
 */
class ImportFuzzIT {
    private static final OwnServices SERVICES = new OwnServices("bngopt_import_fuzz_it", 6);
    private static final int UPLOADS = 400;
    private static final String[] ODD = {"<script>alert(1)</script>", "'; drop table stock; --", "NaN", "Infinity", "-1",
            "1e999999999", "123456789012345678901234567890", "", " ", "\u0000", "\u202egnirts", "\uD83C\uDF3F",
            "NO-SUCH-BANK", "x".repeat(10_000), "\"", ",", "\n"};

    @AfterEach
    void cleanUp() {
        SERVICES.drop();
    }

    @Test
    void malformedAndHostileUploadsGet200Or4xxAndLeaveAWholeSet() throws Exception {
        try (PayaraMicroProcess app = SERVICES.startHealthy("import-fuzz", Map.of(
                "WORKERS_PER_INSTANCE", "1"))) {
            Session admin = Session.admin(URI.create(app.baseUrl() + "/"));
            byte[] zip = admin.download("api/reference/export.zip").body();
            byte[] workbook = admin.download("api/reference/export.xlsx").body();
            Map<String, String> tables = unzip(zip);

            Random random = new Random(20261129);
            List<String> failures = new ArrayList<>();
            int[] byClass = new int[6];
            for (int i = 0; i < UPLOADS; i++) {
                byte[] upload = switch (random.nextInt(6)) {
                    case 0 -> randomBytes(random, random.nextBoolean());
                    case 1 -> Arrays.copyOf(zip, random.nextInt(zip.length));
                    case 2 -> Arrays.copyOf(workbook, random.nextInt(workbook.length));
                    case 3, 4 -> zip(mutated(tables, random), random);
                    default -> mutatedWorkbook(workbook, random);
                };
                boolean confirm = random.nextBoolean();
                HttpResponse<String> answer = admin.api("POST", "api/admin/reference/import?confirm=" + confirm,
                        HttpRequest.BodyPublishers.ofByteArray(upload), "application/octet-stream");
                int status = answer.statusCode();
                byClass[status / 100]++;
                boolean explained = status == 200 ? answer.body().contains("\"changes\"")
                        : answer.body().contains("\"message\"") && !answer.body().contains("Exception");
                if (status >= 500 || !explained) {
                    failures.add(status + " for upload " + i + ": " + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
            }

            System.out.printf("ImportFuzzIT: %d uploads, %d answered 2xx, %d 4xx, %d 5xx%n", UPLOADS, byClass[2], byClass[4],
                    byClass[5]);
            assertThat(failures).as("answers that were 5xx or said nothing useful").isEmpty();
            assertThat(byClass[4]).as("refused").isGreaterThan(UPLOADS / 2);
            assertThat(app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofSeconds(30))
                    .statusCode()).isEqualTo(200);
            Map<String, String> left = unzip(admin.download("api/reference/export.zip").body());
            ReferenceData data = ReferenceCsv.read(name -> new StringReader(left.get(name)));
            assertThat(ReferenceIntegrity.problems(data)).as("the reference data left is whole").isEmpty();
            assertThat(data.banks()).isNotEmpty();
        }
    }

    private static byte[] randomBytes(Random random, boolean zipMagic) {
        byte[] bytes = new byte[random.nextInt(5_000)];
        random.nextBytes(bytes);
        if (zipMagic && bytes.length > 4) {
            bytes[0] = 'P';
            bytes[1] = 'K';
            bytes[2] = 3;
            bytes[3] = 4;
        }
        return bytes;
    }

    /** The exported tables with one thing changed: a cell, a header, a row, a file or its encoding. */
    private static Map<String, String> mutated(Map<String, String> tables, Random random) {
        Map<String, String> changed = new LinkedHashMap<>(tables);
        List<String> names = new ArrayList<>(tables.keySet());
        String name = names.get(random.nextInt(names.size()));
        List<String> lines = new ArrayList<>(Arrays.asList(changed.get(name).split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> changed.remove(name);
            case 1 -> lines.set(0, lines.get(0).replaceFirst("[^,]*", "renamed"));
            case 2 -> lines.add(line, lines.get(line));
            case 3 -> lines.set(line, lines.get(line) + "," + ODD[random.nextInt(ODD.length)]);
            case 4 -> changed.put("extra.csv", "a,b\n1,2\n");
            default -> {
                String[] cells = lines.get(line).split(",", -1);
                cells[random.nextInt(cells.length)] = ODD[random.nextInt(ODD.length)];
                lines.set(line, String.join(",", cells));
            }
        }
        if (changed.containsKey(name)) {
            changed.put(name, String.join("\n", lines));
        }
        return changed;
    }

    private static byte[] mutatedWorkbook(byte[] workbook, Random random) throws IOException {
        try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = sheets.getSheetAt(random.nextInt(sheets.getNumberOfSheets()));
            Row row = sheet.getRow(random.nextInt(sheet.getLastRowNum() + 1));
            if (row != null) {
                int column = random.nextInt(Math.max(1, row.getLastCellNum()) + 1);
                if (random.nextBoolean()) {
                    row.createCell(column).setCellValue(ODD[random.nextInt(ODD.length)]);
                } else {
                    row.createCell(column).setCellValue(random.nextGaussian() * Math.pow(10, random.nextInt(40)));
                }
            }
            sheets.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** The files zipped, now and then one of them in UTF-16 rather than UTF-8. */
    private static byte[] zip(Map<String, String> files, Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int wrongEncoding = random.nextInt(files.size() * 10);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int index = 0;
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(index++ == wrongEncoding ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
