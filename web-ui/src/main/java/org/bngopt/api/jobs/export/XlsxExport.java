package org.bngopt.api.jobs.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** A quote sheet as an Excel workbook: numbers as numeric cells, text as text (never a formula). */
public final class XlsxExport {
    private XlsxExport() {
    }

    public static byte[] of(QuoteSheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet quote = workbook.createSheet("Quote");
            for (int r = 0; r < sheet.rows().size(); r++) {
                List<Object> values = sheet.rows().get(r);
                Row row = quote.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (values.get(c) instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(QuoteSheet.neutralised(String.valueOf(values.get(c))));
                    }
                }
            }
            for (int c = 0; c < 12; c++) {
                quote.setColumnWidth(c, c == 2 || c == 3 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
