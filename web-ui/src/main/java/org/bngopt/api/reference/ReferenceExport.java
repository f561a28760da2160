package org.bngopt.api.reference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceCsvWriter;
import org.bngopt.reference.ReferenceData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The current reference data in the sample's format: a zip of the CSV tables and {@code VERSION}, or
 * a workbook with one sheet per table (named after the file, without {@code .csv}) and a
 * {@code VERSION} sheet. Cells are text, exactly as in the CSV, so that nothing is lost to floating
 * point and an import of either gives the same snapshot back. Text goes into the shared-strings
 * table, as spreadsheet programs write it, rather than inline, which some readers cannot edit.
 */
final class ReferenceExport {
    private ReferenceExport() {
    }

    static byte[] zip(ReferenceData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (ReferenceCsvWriter.Table table : ReferenceCsvWriter.tables(data)) {
                zip.putNextEntry(new ZipEntry(table.fileName()));
                ReferenceCsvWriter.write(table, text);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(ReferenceCsv.VERSION));
            text.write(data.version() + "\n");
            text.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] workbook(ReferenceData data) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, true);
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (ReferenceCsvWriter.Table table : ReferenceCsvWriter.tables(data)) {
                Sheet sheet = workbook.createSheet(table.fileName().replace(".csv", ""));
                addRow(sheet, 0, table.header());
                for (int r = 0; r < table.rows().size(); r++) {
                    addRow(sheet, r + 1, table.rows().get(r));
                }
            }
            addRow(workbook.createSheet(ReferenceCsv.VERSION), 0, List.of(data.version()));
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addRow(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
