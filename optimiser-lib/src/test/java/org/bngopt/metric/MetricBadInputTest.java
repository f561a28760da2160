package org.bngopt.metric;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Workbooks that must be refused quickly, with a message, and without reading more than needed. */
class MetricBadInputTest {

    @Test
    void notAWorkbook() {
        assertError("not a spreadsheet at all".getBytes(StandardCharsets.UTF_8), "not an .xlsx or .xlsm");
        assertError(new byte[0], "not an .xlsx or .xlsm");
    }

    @Test
    void aPasswordProtectedWorkbookIsAnOle2FileAndSaidToBeOne() {
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        assertError(ole2, "password-protected");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        byte[] golden = MetricGoldenTest.workbook("area_medium_hierarchy");
        byte[] truncated = java.util.Arrays.copyOf(golden, golden.length / 2);
        assertThat(MetricReader.read(truncated).status()).isEqualTo("error");
    }

    @Test
    void aBinaryWorkbookIsNamedAndRefused() throws IOException {
        assertError(zip(Map.of("xl/workbook.bin", new byte[100], "[Content_Types].xml", new byte[10])), ".xlsb");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws IOException {
        byte[] golden = MetricGoldenTest.workbook("area_medium_hierarchy");
        byte[] bomb = rewrite(golden, Map.of("xl/media/bomb.bin", new byte[64 << 20]), (name, content) -> content);
        long started = System.nanoTime();
        assertError(bomb, "zip bomb");
        // A guard against reading every row (which takes minutes), not a benchmark: about 1-2 s alone, 6 s once on a loaded machine.
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void anXmlEntityBombOrExternalEntityIsRefused() throws IOException {
        byte[] golden = MetricGoldenTest.workbook("area_medium_hierarchy");
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        byte[] hostile = rewrite(golden, Map.of(), (name, content) -> name.startsWith("xl/worksheets/sheet")
                ? (doctype + new String(content, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>", "")
                        .replace("<sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;&x;</t></is></c></row>"))
                .getBytes(StandardCharsets.UTF_8) : content);
        MetricImport result = MetricReader.read(hostile);
        assertThat(result.status()).isEqualTo("error");
        assertThat(result.error()).doesNotContain("root:");
    }

    @Test
    void aSheetWithAMillionRowsIsRefusedQuickly() throws IOException {
        byte[] golden = MetricGoldenTest.workbook("area_medium_hierarchy");
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 1_000_000; row++) {
            rows.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\"><v>1</v></c></row>");
        }
        byte[] huge = rewrite(golden, Map.of(), (name, content) -> name.startsWith("xl/worksheets/sheet")
                ? new String(content, StandardCharsets.UTF_8).replaceFirst("<sheetData>.*</sheetData>|<sheetData/>",
                        "<sheetData>" + rows + "</sheetData>").getBytes(StandardCharsets.UTF_8) : content);
        long started = System.nanoTime();
        assertError(huge, "beyond row");
        // A guard against reading every row (which takes minutes), not a benchmark: about 1-2 s alone, 6 s once on a loaded machine.
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(10_000);
    }

    private static void assertError(byte[] workbook, String said) {
        MetricImport result = MetricReader.read(workbook);
        assertThat(result.status()).isEqualTo("error");
        assertThat(result.error()).contains(said);
        assertThat(result.area()).isEmpty();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The workbook with each part passed through {@code change}, and {@code added} parts appended. */
    static byte[] rewrite(byte[] workbook, Map<String, byte[]> added, BiFunction<String, byte[], byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = change.apply(entry.getName(), in.readAllBytes());
                if (content != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
