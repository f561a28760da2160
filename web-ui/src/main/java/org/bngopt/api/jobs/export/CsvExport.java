package org.bngopt.api.jobs.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** A quote sheet as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads £ and accents). */
public final class CsvExport {
    private CsvExport() {
    }

    public static byte[] of(QuoteSheet sheet) {
        String text = sheet.rows().stream().map(CsvExport::line).collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<Object> row) {
        return row.stream().map(CsvExport::cell).collect(Collectors.joining(","));
    }

    private static String cell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = QuoteSheet.neutralised(String.valueOf(value));
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
