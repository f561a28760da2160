package org.bngopt.document;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quotes.ManualLine;
import org.bngopt.quotes.ManualLineKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the client document of quotes.md Q6 from a quote's frozen result and manual lines: one row per
 * allocation row and manual line in the section of the demand line's ledger, the SUO discount taken into
 * each shown price (to £50) and cost (to £1), Low and Net Gain rows bundled, the rows ordered by rank.
 */
public final class ClientDocuments {
    public static final String NET_GAIN = "10% Net Gain";
    static final BigDecimal FIFTY = new BigDecimal(50);
    static final BigDecimal LARGE_ORDER = new BigDecimal(10_000);
    private static final Map<String, String> TITLES = Map.of("area", "Area habitats", "hedgerow", "Hedgerows",
            "watercourse", "Watercourses");
    private static final List<String> LEDGERS = List.of("area", "hedgerow", "watercourse");

    private ClientDocuments() {
    }

    /** @param distinctivenessOf a catalogue habitat's distinctiveness; empty for a name the catalogue does not know */
    public static ClientDocument build(QuoteResult result, List<ManualLine> manualLines,
                                       Function<String, Optional<String>> distinctivenessOf, DocumentFacts facts) {
        BigDecimal keep = BigDecimal.ONE.subtract(result.suoDiscountFraction() == null ? BigDecimal.ZERO : result.suoDiscountFraction());
        Map<Integer, LineResult> lines = new LinkedHashMap<>();
        result.lines().forEach(line -> lines.put(line.lineIndex(), line));
        Map<String, List<DocumentRow>> byLedger = new LinkedHashMap<>();
        LEDGERS.forEach(ledger -> byLedger.put(ledger, new ArrayList<>()));
        for (Allocation row : result.allocations()) {
            LineResult line = lines.get(row.lineIndex());
            String ledger = line == null ? "area" : line.ledger();
            byLedger.computeIfAbsent(ledger, any -> new ArrayList<>()).add(DocumentRow.of(
                    demandDistinctiveness(row.demandHabitat(), distinctivenessOf), row.demandHabitat(), row.units(),
                    distinctivenessOf.apply(row.supplyHabitat()).orElse(""), supplied(row), row.stockUnits(),
                    shownPrice(row.unitPrice().multiply(keep)), wholePounds(row.cost().multiply(keep)), false));
        }
        for (ManualLine manual : manualLines) {
            BigDecimal cost = wholePounds(manual.cost());
            byLedger.get(manual.kind().ledger()).add(DocumentRow.of(demandDistinctiveness(manual.habitatLost(), distinctivenessOf),
                    manual.habitatLost(), manual.units(), distinctivenessOf.apply(manual.habitatSupplied()).orElse(""),
                    manual.kind() == ManualLineKind.AREA_PAIRED ? manual.habitatSupplied() + " (paired with "
                            + manual.companionHabitat() + ")" : manual.habitatSupplied(), manual.units(),
                    shownPrice(manual.cost().divide(manual.units(), 10, RoundingMode.HALF_UP)), cost, true));
        }
        List<DocumentSection> sections = new ArrayList<>();
        byLedger.forEach((ledger, rows) -> {
            if (!rows.isEmpty()) {
                sections.add(DocumentSection.of(ledger, TITLES.getOrDefault(ledger, ledger), RowOrder.sorted(Bundling.bundled(ledger, rows))));
            }
        });
        BigDecimal subtotal = sections.stream().map(section -> section.totals().cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal adminFee = wholePounds(result.adminFee());
        BigDecimal total = subtotal.add(adminFee);
        List<String> nextSteps = new ArrayList<>(facts.nextSteps());
        if (total.compareTo(LARGE_ORDER) >= 0) {
            nextSteps.addAll(facts.largeOrderSteps());
        }
        return new ClientDocument(facts.brand(), "Quote " + facts.reference(), facts.reference(), iso(facts.issuedOn()),
                iso(facts.validUntil()), facts.client(), facts.site(),
                facts.introducer() == null ? null : new ClientDocument.Introducer(facts.introducer()), List.copyOf(sections),
                subtotal, adminFee, total, ClientDocument.VAT_NOTE, new ClientDocument.Text(DocumentFormats.money(subtotal),
                DocumentFormats.money(adminFee), DocumentFormats.money(total), DocumentFormats.day(facts.issuedOn()),
                DocumentFormats.day(facts.validUntil())), List.copyOf(nextSteps), facts.referenceDataVersion());
    }

    /** round half-up(price / 50) × 50. */
    static BigDecimal shownPrice(BigDecimal price) {
        return price.divide(FIFTY, 0, RoundingMode.HALF_UP).multiply(FIFTY);
    }

    static BigDecimal wholePounds(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    private static String demandDistinctiveness(String habitat, Function<String, Optional<String>> distinctivenessOf) {
        return habitat.startsWith("Net Gain (") ? NET_GAIN : distinctivenessOf.apply(habitat).orElse("");
    }

    /** The supply habitat; a paired row as "main (paired with companion)". */
    private static String supplied(Allocation row) {
        if (row.parts() == null || row.parts().isEmpty()) {
            return row.supplyHabitat();
        }
        String companion = row.parts().stream().filter(part -> "companion".equals(part.role())).map(AllocationPart::habitat)
                .findFirst().orElse("");
        return row.supplyHabitat() + " (paired with " + companion + ")";
    }

    private static String iso(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    static Comparator<DocumentRow> byNames() {
        return Comparator.comparing(DocumentRow::habitatLost).thenComparing(DocumentRow::habitatSupplied);
    }
}
