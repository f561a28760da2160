package org.bngopt.quotes.control;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.bngopt.document.ClientDocument;
import org.bngopt.document.ClientDocuments;
import org.bngopt.document.DocumentFacts;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentPdfTest {
    private static ClientDocument document(int rows) {
        List<Allocation> allocations = new ArrayList<>();
        List<LineResult> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            BigDecimal units = new BigDecimal("1.2345").add(BigDecimal.valueOf(i));
            allocations.add(new Allocation(i, "Grassland - Habitat " + i, "WC1P01", "Bank", "Grassland - Habitat " + i, "normal",
                    "local", BigDecimal.ONE, units, units, new BigDecimal("22000"), units.multiply(new BigDecimal("22000")), "exact", null));
            lines.add(new LineResult(i, "Grassland - Habitat " + i, "area", units, units, BigDecimal.ZERO, null));
        }
        QuoteResult result = new QuoteResult(allocations, lines, "small", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("500"), BigDecimal.ZERO, List.of(), null, List.of(), true, "ref-1+3", SolverStatus.OPTIMAL);
        DocumentFacts facts = new DocumentFacts(new ClientDocument.Brand("Meadowbank", "1 Example Street", "q@example.com"),
                "BNG-A-02025", LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 2), new ClientDocument.Client("Priya Patel", "Meadow Homes"),
                new ClientDocument.Site("Land east of Mill Lane", "SO51 8AA", "Test Valley", "South Hampshire Lowlands"), "Green Agents",
                "ref-1+3", List.of("BNG is a pre-commencement planning condition."), List.of("Two ways to buy."));
        return ClientDocuments.build(result, List.of(), name -> Optional.of("Medium"), facts);
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        ClientDocument model = document(3);
        byte[] first = DocumentPdf.render(model, LocalDate.of(2026, 12, 3));
        byte[] second = DocumentPdf.render(document(3), LocalDate.of(2026, 12, 3));
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("D:20261203");
    }

    @Test
    void itSaysWhatTheModelSaysOnNumberedPages() throws IOException {
        ClientDocument model = document(60);
        byte[] pdf = DocumentPdf.render(model, LocalDate.of(2026, 12, 3));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "document-60-rows.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text).contains("Meadowbank", "Quote BNG-A-02025", "Issued 3 December 2026", "valid until 2 January 2027",
                "Priya Patel", "Meadow Homes", "SO51 8AA", "Green Agents", "Area habitats", model.text().total(), "Total + VAT",
                "Planning discharge pack", "Two ways to buy.", "Page 1 of " + reader.getNumberOfPages(), "ref-1+3");
        for (var row : model.sections().get(0).rows()) {
            assertThat(text).contains(row.text().cost());
        }
    }
}
