package org.bngopt.bench;

import org.bngopt.document.ClientDocument;
import org.bngopt.document.ClientDocuments;
import org.bngopt.document.DocumentFacts;
import org.bngopt.json.Json;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.quotes.control.DocumentPdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Benchmark (scripts/bench/document.sh): the client document of a 25-line quote, its model and JSON, and its
 * PDF, each warm (50 runs first), median and range of 200 runs, in milliseconds.
 */
public final class DocumentBench {
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    private DocumentBench() {
    }

    public static void main(String[] args) {
        QuoteResult result = quote(25);
        DocumentFacts facts = new DocumentFacts(new ClientDocument.Brand("Meadowbank Biodiversity Brokers", "1 Example Street",
                "quotes@example.com"), "BNG-A-02025", LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 2),
                new ClientDocument.Client("Priya Patel", "Meadow Homes"), new ClientDocument.Site("Land east of Mill Lane",
                "SO51 8AA", "Test Valley", "South Hampshire Lowlands"), "Green Agents", "ref-2025.11-r1+7",
                List.of("Step one.", "Step two.", "Step three."), List.of("Two ways to buy."));
        Supplier<ClientDocument> model = () -> ClientDocuments.build(result, List.of(), name -> Optional.of("Medium"), facts);
        ClientDocument document = model.get();
        System.out.printf("25-line quote: %d rows in %d sections%n", document.sections().stream()
                .mapToInt(section -> section.rows().size()).sum(), document.sections().size());
        measure("document model", model::get);
        measure("document model as JSON", () -> Json.compact(model.get()));
        measure("PDF (model and rendering)", () -> DocumentPdf.render(model.get(), LocalDate.of(2026, 12, 3)));
    }

    private static QuoteResult quote(int lines) {
        List<Allocation> rows = new ArrayList<>();
        List<LineResult> results = new ArrayList<>();
        String[] ledgers = {"area", "area", "area", "hedgerow", "watercourse"};
        for (int i = 0; i < lines; i++) {
            BigDecimal units = new BigDecimal("0.8731").add(BigDecimal.valueOf(i, 1));
            BigDecimal price = BigDecimal.valueOf(18_000 + 731L * i);
            List<AllocationPart> parts = i % 7 == 3 ? List.of(new AllocationPart("main", "Habitat " + i, units, price, "exact"),
                    new AllocationPart("companion", "Companion " + i, units, price, "exact")) : null;
            rows.add(new Allocation(i, "Habitat lost " + i, "WC1P0" + (i % 9 + 1), "Bank " + i, "Habitat " + i,
                    parts == null ? "normal" : "paired", "local", BigDecimal.ONE, units, units.multiply(new BigDecimal("1.2")), price,
                    units.multiply(price), "exact", parts));
            results.add(new LineResult(i, "Habitat lost " + i, ledgers[i % ledgers.length], units, units, BigDecimal.ZERO, null));
        }
        return new QuoteResult(rows, results, "medium", BigDecimal.ZERO, new BigDecimal("0.1"), BigDecimal.ZERO,
                new BigDecimal("500"), BigDecimal.ZERO, List.of(), null, List.of(), true, "ref-2025.11-r1+7", SolverStatus.OPTIMAL);
    }

    private static void measure(String name, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %.3f ms, p10 %.3f ms, p90 %.3f ms, range %.3f-%.3f ms (%d warm runs)%n", name,
                millis[RUNS / 2], millis[RUNS / 10], millis[RUNS * 9 / 10], millis[0], millis[RUNS - 1], RUNS);
    }
}
