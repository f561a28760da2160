package org.bngopt.api.jobs.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteSheetTest {
    private static final String ID = "0b7e6f4e-1111-4222-8333-944455556666";
    private static final QuoteResult RESULT = new QuoteResult(
            List.of(new Allocation(0, "Grassland - Other neutral grassland", "B1", "=HYPERLINK(\"http://x\",\"x\")",
                    "Grassland - Other neutral grassland", "normal", "local", new BigDecimal("1.0"), new BigDecimal("0.5"),
                    new BigDecimal("0.5"), new BigDecimal("24000.00"), new BigDecimal("12000.00"), "exact", null)),
            List.of(new LineResult(0, "Grassland - Other neutral grassland", "area", new BigDecimal("0.8"),
                            new BigDecimal("0.5"), new BigDecimal("0.3"), "INSUFFICIENT_STOCK"),
                    new LineResult(1, "Native hedgerow", "hedgerow", new BigDecimal("1"), new BigDecimal("0.999997"),
                            new BigDecimal("0.000003"), "INSUFFICIENT_STOCK")),
            "small", new BigDecimal("12000.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("500"),
            new BigDecimal("12500.00"), List.of("B1"), 3, List.of(), false, "ref-1", SolverStatus.OPTIMAL);
    private static final QuoteSheet SHEET = QuoteSheet.of(ID, OffsetDateTime.parse("2026-12-03T10:15:00Z"),
            new QuoteRequest(List.of(), null, null), RESULT);

    @Test
    void csvKeepsNumbersAsNumbersNeutralisesFormulasAndSaysWhatIsUnmet() {
        String csv = new String(CsvExport.of(SHEET), StandardCharsets.UTF_8);

        assertThat(csv).contains("Total (GBP),12500.00\r\n", "Incomplete: unmet area units,0.3\r\n")
                .doesNotContain("£", "unmet hedgerow")
                .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",");
        assertThat(SHEET.fileName()).isEqualTo("bng-quote-2026-12-03-0b7e6f4e");
    }

    @Test
    void excelCellsAreNumbersOrInertText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxExport.of(SHEET)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int totalRow = SHEET.rows().indexOf(List.of("Total (GBP)", new BigDecimal("12500.00")));
            assertThat(sheet.getRow(totalRow).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(totalRow).getCell(1).getNumericCellValue()).isEqualTo(12500.0);
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void thePdfHasItsTitle() {
        byte[] pdf = PdfExport.of(SHEET);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("BNG quote 0b7e6f4e");
    }
}
