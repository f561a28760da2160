package org.bngopt.document;

import org.bngopt.json.Json;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.quotes.ManualLine;
import org.bngopt.quotes.ManualLineKind;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.ReferenceCsv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClientDocumentsTest {
    private static final Map<String, String> CATALOGUE = ReferenceCsv.readSample().habitats().stream()
            .collect(Collectors.toMap(Habitat::name, Habitat::distinctiveness));
    private static final Function<String, Optional<String>> DISTINCTIVENESS = name -> Optional.ofNullable(CATALOGUE.get(name));
    private static final DocumentFacts FACTS = new DocumentFacts(new ClientDocument.Brand("Broker", "1 High St", "q@broker.example"),
            "BNG-A-02025", LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 2), new ClientDocument.Client("Jane", "Acme"),
            new ClientDocument.Site("Hill Farm", "SO23 9LJ", "Winchester", "Hampshire Downs"), null, "ref-1",
            List.of("BNG is a pre-commencement condition."), List.of("Two ways to buy."));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Allocation row(int line, String demand, String bank, String supply, String units, String stockUnits, String price,
                                  List<AllocationPart> parts) {
        BigDecimal cost = d(units).multiply(d(price)).setScale(2, RoundingMode.HALF_UP);
        return new Allocation(line, demand, bank, bank, supply, parts == null ? "normal" : "paired", "local", BigDecimal.ONE,
                d(units), d(stockUnits), d(price), cost, "exact", parts);
    }

    private static LineResult line(int index, String habitat, String ledger) {
        return new LineResult(index, habitat, ledger, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, null);
    }

    private static QuoteResult result(List<Allocation> rows, List<LineResult> lines, String suo) {
        return new QuoteResult(rows, lines, "small", BigDecimal.ZERO, d(suo), BigDecimal.ZERO, d("500"), BigDecimal.ZERO,
                List.of(), null, List.of(), true, "ref-1", SolverStatus.OPTIMAL);
    }

    @Test
    void costIsRoundedFromTheUnroundedCostAndUnitsToThreeDecimals() {
        QuoteResult result = result(List.of(row(0, "Native hedgerow", "B1", "Native hedgerow", "0.12387", "0.12387", "22000", null)),
                List.of(line(0, "Native hedgerow", "hedgerow")), "0");
        ClientDocument document = ClientDocuments.build(result, List.of(), DISTINCTIVENESS, FACTS);

        DocumentRow shown = document.sections().get(0).rows().get(0);
        assertThat(shown.text().unitsRequired()).isEqualTo("0.124");
        assertThat(shown.text().cost()).isEqualTo("£2,725");
        assertThat(shown.text().pricePerUnit()).isEqualTo("£22,000");
        assertThat(document.sections().get(0).title()).isEqualTo("Hedgerows");
        assertThat(document.subtotal()).isEqualByComparingTo("2725");
        assertThat(document.total()).isEqualByComparingTo("3225");
        assertThat(document.text().total()).isEqualTo("£3,225");
        assertThat(document.text().issuedOn()).isEqualTo("3 December 2026");
        assertThat(document.nextSteps()).as("under £10,000: one way to buy").containsExactly("BNG is a pre-commencement condition.");
    }

    @Test
    void theSuoDiscountIsInEveryShownPriceAndCostAndTheSubtotalIsTheSumOfShownCosts() {
        QuoteResult result = result(List.of(
                row(0, "Grassland - Other neutral grassland", "B1", "Grassland - Other neutral grassland", "1.3333", "1.3333", "22873", null),
                row(0, "Grassland - Other neutral grassland", "B2", "Grassland - Other neutral grassland", "0.6667", "0.8", "23010", null)),
                List.of(line(0, "Grassland - Other neutral grassland", "area")), "0.24");
        ClientDocument document = ClientDocuments.build(result, List.of(), DISTINCTIVENESS, FACTS);

        List<DocumentRow> rows = document.sections().get(0).rows();
        assertThat(rows).as("a line split over two banks: two rows").hasSize(2);
        assertThat(rows).extracting(DocumentRow::pricePerUnit).containsExactlyInAnyOrder(d("17400"), d("17500"));
        // 1.3333 × 22873 = 30496.58 (rounded cost); × 0.76 = 23177.4 → £23,177
        assertThat(rows.get(0).cost().add(rows.get(1).cost())).isEqualByComparingTo(document.subtotal());
        assertThat(rows).extracting(DocumentRow::cost).contains(d("23177"));
        assertThat(document.sections().get(0).totals().text().unitsSupplied()).isEqualTo("2.133");
        assertThat(document.nextSteps()).as("£10,000 or more: the two ways to buy").contains("Two ways to buy.");
    }

    @Test
    void lowAndNetGainRowsSharingAHabitatSuppliedAreOneRow() {
        QuoteResult result = result(List.of(
                row(0, "Grassland - Modified grassland", "B1", "Grassland - Modified grassland", "1.0", "1.0", "19013", null),
                row(1, "Net Gain (Low-equivalent)", "B1", "Grassland - Modified grassland", "0.5", "0.5", "19013", null),
                row(1, "Net Gain (Low-equivalent)", "B1", "Grassland - Traditional orchards", "0.25", "0.25", "19013", null),
                row(2, "Grassland - Lowland meadows", "B1", "Grassland - Lowland meadows", "0.6", "0.6", "49057", null)),
                List.of(line(0, "Grassland - Modified grassland", "area"), line(1, "Net Gain (Low-equivalent)", "area"),
                        line(2, "Grassland - Lowland meadows", "area")), "0");
        List<ManualLine> manual = List.of(new ManualLine(ManualLineKind.AREA, "Grassland - Lowland meadows",
                "Grassland - Lowland meadows", d("0.5"), d("50000"), null, null, null, null, null, null));
        ClientDocument document = ClientDocuments.build(result, manual, DISTINCTIVENESS, FACTS);

        List<DocumentRow> rows = document.sections().get(0).rows();
        assertThat(rows).extracting(DocumentRow::distinctiveness).containsExactly("Very High", "Very High",
                "Low + 10% Net Gain", "10% Net Gain");
        assertThat(rows.get(1).manual()).as("manual lines after the optimised rows of their rank").isTrue();
        DocumentRow bundled = rows.get(2);
        assertThat(bundled.unitsRequired()).isEqualByComparingTo("1.5");
        assertThat(bundled.habitatLost()).isEqualTo("Grassland - Modified grassland + Net Gain (Low-equivalent)");
        assertThat(bundled.cost()).as("the sum of the shown costs £19,013 + £9,507").isEqualByComparingTo("28520");
        assertThat(bundled.pricePerUnit()).as("28,520 / 1.5 = 19,013.33 → £19,000").isEqualByComparingTo("19000");
        assertThat(rows.get(3).habitatSupplied()).isEqualTo("Grassland - Traditional orchards");
    }

    @Test
    void hedgerowsBundleWithVeryLowWhenTheSectionHasAVeryLowRow() {
        List<LineResult> lines = List.of(line(0, "Non-native and ornamental hedgerow", "hedgerow"), line(1, "Net Gain (Hedgerows)", "hedgerow"),
                line(2, "Native hedgerow", "hedgerow"));
        QuoteResult result = result(List.of(
                row(0, "Non-native and ornamental hedgerow", "B1", "Native hedgerow", "1", "1", "15000", null),
                row(1, "Net Gain (Hedgerows)", "B1", "Native hedgerow", "0.2", "0.2", "15000", null),
                row(2, "Native hedgerow", "B1", "Line of trees", "0.4", "0.4", "14000", null)), lines, "0");
        ClientDocument document = ClientDocuments.build(result, List.of(), DISTINCTIVENESS, FACTS);

        assertThat(CATALOGUE.get("Non-native and ornamental hedgerow")).isEqualTo("Very Low");
        assertThat(document.sections().get(0).rows()).extracting(DocumentRow::distinctiveness)
                .containsExactly("Low", "Very Low + 10% Net Gain");
    }

    @Test
    void aPairedRowShowsItsCompanion() {
        QuoteResult result = result(List.of(row(0, "Grassland - Other neutral grassland", "B1", "Grassland - Other neutral grassland",
                "1", "1.2", "20000", List.of(new AllocationPart("main", "Grassland - Other neutral grassland", d("0.6"), d("1"), "exact"),
                        new AllocationPart("companion", "Heathland and shrub - Mixed scrub", d("0.6"), d("1"), "exact")))),
                List.of(line(0, "Grassland - Other neutral grassland", "area")), "0");
        DocumentRow shown = ClientDocuments.build(result, List.of(), DISTINCTIVENESS, FACTS).sections().get(0).rows().get(0);
        assertThat(shown.habitatSupplied()).isEqualTo("Grassland - Other neutral grassland (paired with Heathland and shrub - Mixed scrub)");
        assertThat(shown.text().unitsSupplied()).isEqualTo("1.20");
    }

    @Test
    void unitsAndMoneyAreShownAsTheDocumentSays() {
        assertThat(DocumentFormats.units(d("1.5"))).isEqualTo("1.50");
        assertThat(DocumentFormats.units(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(DocumentFormats.units(d("1234.5678"))).isEqualTo("1,234.568");
        assertThat(DocumentFormats.money(d("23050"))).isEqualTo("£23,050");
        assertThat(ClientDocuments.shownPrice(d("23025"))).as("half-up to £50").isEqualByComparingTo("23050");
        assertThat(ClientDocuments.shownPrice(d("23024.99"))).isEqualByComparingTo("23000");
    }

    @Test
    void everyGoldenResultMakesADocumentWhoseFiguresAddUp() throws IOException {
        int documents = 0;
        for (String name : List.of("p01_single_local", "p02_minimum_delivery", "p03_multi_percentage", "p04_mixed_ledgers_hold100",
                "p05_split_far_pairing", "p06_far_only", "p07_paired_adjacent", "p08_watercourse_catchments", "p09_trading_rules",
                "p10_unmet_lines", "p11_tier_up_suo", "p13_low_proxy_hold50", "p14_group_proxy_maxbanks",
                "p15_hedgerow_proxy_no_pairing", "p16_watercourse_proxy_no_site", "p17_percentage_explicit_neighbours",
                "p18_tier_up_large_suo_cap", "p19_maxbanks_lifted", "p20_minimum_delivery_paired")) {
            QuoteResult result;
            try (InputStream in = getClass().getResourceAsStream("/golden/expected/" + name + ".json")) {
                result = Json.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), QuoteResult.class);
            }
            ClientDocument document = ClientDocuments.build(result, List.of(), DISTINCTIVENESS, FACTS);
            List<DocumentRow> rows = new ArrayList<>();
            document.sections().forEach(section -> rows.addAll(section.rows()));
            BigDecimal keep = BigDecimal.ONE.subtract(result.suoDiscountFraction());

            assertThat(rows.stream().map(DocumentRow::cost).reduce(BigDecimal.ZERO, BigDecimal::add)).as(name)
                    .isEqualByComparingTo(document.subtotal());
            assertThat(document.total()).as(name).isEqualByComparingTo(document.subtotal().add(document.adminFee()));
            assertThat(rows.stream().map(DocumentRow::unitsRequired).reduce(BigDecimal.ZERO, BigDecimal::add)).as(name + ": every row")
                    .isEqualByComparingTo(result.allocations().stream().map(Allocation::units).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(rows).as(name + ": prices to £50").allSatisfy(row ->
                    assertThat(row.pricePerUnit().remainder(ClientDocuments.FIFTY)).isEqualByComparingTo("0"));
            assertThat(document.subtotal().subtract(result.subtotal().multiply(keep)).abs()).as(name + ": rounding only")
                    .isLessThanOrEqualTo(BigDecimal.valueOf(rows.size()));
            for (var section : document.sections()) {
                assertThat(section.rows()).as(name + ": in rank order").isSortedAccordingTo(
                        java.util.Comparator.comparingInt(RowOrder::rank));
            }
            documents++;
        }
        assertThat(documents).isEqualTo(19);
    }
}
