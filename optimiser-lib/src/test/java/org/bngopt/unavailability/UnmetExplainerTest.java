package org.bngopt.unavailability;

import org.bngopt.json.Json;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.StockParcel;
import org.bngopt.solve.Optimiser;
import org.bngopt.unavailability.Unavailability.Candidate;
import org.bngopt.unavailability.Unavailability.Why;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnmetExplainerTest {
    private static final ReferenceData SAMPLE = ReferenceCsv.readSample();
    private static final String FENS = "Wetland - Lowland fens";

    static String resource(String path) throws IOException {
        try (InputStream in = UnmetExplainerTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Unavailability golden(String scenario) throws IOException {
        QuoteRequest request = new Optimiser(SAMPLE).parse(resource("/golden/scenarios/" + scenario + ".json"));
        QuoteResult result = Json.read(resource("/golden/expected/" + scenario + ".json"), QuoteResult.class);
        return new UnmetExplainer(SAMPLE).explain(request, result);
    }

    @Test
    void p10ListsEveryBankWithFensAsUsedUpAndNoBankForACulvert() throws IOException {
        Unavailability explained = golden("p10_unmet_lines");

        assertThat(explained.banksConsidered()).isEqualTo(12);
        assertThat(explained.referenceDataVersion()).isEqualTo("ref-2025.11-r1");
        assertThat(explained.lines()).extracting(Unavailability.Line::habitat).containsExactly(FENS, "Culvert",
                "Woodland and forest - Felled/Replacement for felled woodland");
        Unavailability.Line fens = explained.lines().get(0);
        assertThat(fens.units()).isEqualByComparingTo("36.774");
        assertThat(fens.reason()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(fens.legalSupplies()).containsExactly(FENS);
        assertThat(fens.banks()).extracting(Candidate::bankId, Candidate::tier, Candidate::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WC1P04", "local", Why.USED_BY_QUOTE),
                org.assertj.core.groups.Tuple.tuple("WC1P08", "adjacent", Why.USED_BY_QUOTE));
        assertThat(fens.banks()).allSatisfy(bank -> assertThat(bank.usedByQuote()).isEqualByComparingTo(bank.stock()));
        assertThat(explained.lines().get(1).reason()).isEqualTo("NO_LEGAL_SUPPLY");
        assertThat(explained.lines().get(1).banks()).as("no bank has a culvert").isEmpty();
        assertThat(explained.lines().get(2).banks()).as("felled woodland is the broker's to price").isEmpty();
    }

    @Test
    void p16ACulvertWithNoSiteIsNoLegalSupplyWithNoBank() throws IOException {
        Unavailability explained = golden("p16_watercourse_proxy_no_site");
        assertThat(explained.lines()).singleElement().satisfies(line -> {
            assertThat(line.habitat()).isEqualTo("Culvert");
            assertThat(line.reason()).isEqualTo("NO_LEGAL_SUPPLY");
            assertThat(line.banks()).isEmpty();
        });
    }

    @Test
    void stockHeldByQuotesIsNoStockAndABankOutsideAFullBankLimitIsSaidSo() {
        ReferenceData held = new ReferenceData("held", SAMPLE.banks(), SAMPLE.habitats(), SAMPLE.distinctivenessLevels(),
                SAMPLE.stock().stream().map(parcel -> parcel.bankId().equals("WC1P04") && parcel.habitatName().equals(FENS)
                        ? new StockParcel(parcel.id(), parcel.bankId(), parcel.habitatName(), parcel.availableExclQuotes(),
                        parcel.availableExclQuotes()) : parcel).toList(), SAMPLE.prices(), SAMPLE.spatialRiskMultipliers(),
                SAMPLE.contractSizes(), SAMPLE.tradingRules(), SAMPLE.lpaAdjacency(), SAMPLE.ncaAdjacency());
        Optimiser optimiser = new Optimiser(held);
        QuoteRequest request = optimiser.parse("{\"demand\":[{\"habitat\":\"" + FENS + "\",\"units\":3}],\"site\":{\"lpa\":\"Test Valley\","
                + "\"nca\":\"South Hampshire Lowlands\"},\"options\":{\"quotesHoldPolicy\":\"HOLD_100\"}}");
        QuoteResult solved = optimiser.quote(request, Duration.ofSeconds(10));
        // The same result as if two other banks had filled the quote's bank limit.
        QuoteResult limited = new QuoteResult(List.of(), List.of(new LineResult(0, FENS, "area", new BigDecimal("3"), BigDecimal.ZERO,
                new BigDecimal("3"), "INSUFFICIENT_STOCK")), solved.contractSize(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of("WC1P01", "WC1P02"), 2, List.of(), false, "held", SolverStatus.OPTIMAL);

        List<Candidate> banks = new UnmetExplainer(held).explain(request, limited).lines().get(0).banks();
        assertThat(banks).extracting(Candidate::bankId, Candidate::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WC1P04", Why.NO_STOCK),
                org.assertj.core.groups.Tuple.tuple("WC1P08", Why.BANK_LIMIT));
        assertThat(banks.get(0).stock()).as("held in full by quotes").isEqualByComparingTo("0");
        assertThat(banks.get(1).explanation()).isEqualTo("the quote already uses 2 banks, the most it may");
    }

    @Test
    void theSameJobIsExplainedTheSameWay() throws IOException {
        assertThat(Json.compact(golden("p10_unmet_lines"))).isEqualTo(Json.compact(golden("p10_unmet_lines")));
    }
}
