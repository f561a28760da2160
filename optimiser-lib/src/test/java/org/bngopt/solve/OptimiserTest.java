package org.bngopt.solve;

import org.bngopt.bench.InstanceGenerator;
import org.bngopt.quote.LineResult;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.IndependentValidator;
import org.bngopt.testsupport.TestJson;
import org.bngopt.testsupport.ReferenceBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The synthetic rule checks of rules.md §14 and the behaviour around the stages. */
class OptimiserTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String ONG = "Grassland - Other neutral grassland";

    private static QuoteResult quote(ReferenceData data, String request) {
        Optimiser optimiser = new Optimiser(data);
        var parsed = optimiser.parse(request);
        QuoteResult result = optimiser.quote(parsed, LIMIT);
        assertThat(new IndependentValidator(data).violations(parsed, result)).isEmpty();
        return result;
    }

    private static String lines(String... habitatsAndUnits) {
        StringBuilder json = new StringBuilder("{\"site\":{\"lpa\":\"Here\",\"nca\":\"Here\"},\"demand\":[");
        for (int i = 0; i < habitatsAndUnits.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"habitat\":\"").append(habitatsAndUnits[i])
                    .append("\",\"units\":").append(habitatsAndUnits[i + 1]).append('}');
        }
        return json.append("]").toString();
    }

    @Test
    void r8_3_aLimitThatLeavesDemandUnmetIsLifted() {
        ReferenceData data = new ReferenceBuilder().bank("A", "Here", "Here").bank("B", "Here", "Here").bank("C", "Here", "Here")
                .stock("A", "Grassland - Lowland meadows", "5", "30000")
                .stock("B", "Heathland and shrub - Lowland heathland", "5", "30000")
                .stock("C", "Wetland - Reedbeds", "5", "30000").build();

        QuoteResult result = quote(data, lines("Grassland - Lowland meadows", "1", "Heathland and shrub - Lowland heathland", "1",
                "Wetland - Reedbeds", "1") + "}");

        assertThat(result.bankLimit()).isNull();
        assertThat(result.warnings()).containsExactly("BANK_LIMIT_EXCEEDED");
        assertThat(result.banksUsed()).containsExactly("A", "B", "C");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void r8_3_aLimitThatOnlyMakesTheQuoteDearerStays() {
        ReferenceData data = new ReferenceBuilder().bank("A", "Here", "Here").bank("B", "Here", "Here")
                .stock("A", ONG, "5", "20000").stock("B", ONG, "5", "30000")
                .stock("B", "Grassland - Lowland meadows", "5", "30000").build();

        QuoteResult result = quote(data, lines(ONG, "1", "Grassland - Lowland meadows", "1") + ",\"options\":{\"maxBanks\":1}}");

        assertThat(result.bankLimit()).isEqualTo(1);
        assertThat(result.banksUsed()).containsExactly("B");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.subtotal()).isEqualByComparingTo("60000.00");
    }

    @Test
    void r9_aMediumLineWithOnlySameTypeLowStockHasNoLegalSupply() {
        ReferenceData data = new ReferenceBuilder().bank("A", "Here", "Here")
                .stock("A", "Grassland - Modified grassland", "5", "20000").build();

        QuoteResult result = quote(data, lines(ONG, "1") + "}");

        LineResult line = result.lines().get(0);
        assertThat(line.unmetUnits()).isEqualByComparingTo("1");
        assertThat(line.reason()).isEqualTo("NO_LEGAL_SUPPLY");
        assertThat(result.allocations()).isEmpty();
        assertThat(result.adminFee()).isZero();
        assertThat(result.complete()).isFalse();
    }

    @Test
    void r9_aLineThatRunsOutOfStockIsInsufficientAndStillQuoted() {
        ReferenceData data = new ReferenceBuilder().bank("A", "Here", "Here").stock("A", ONG, "0.6", "20000").build();

        QuoteResult result = quote(data, lines(ONG, "1") + "}");

        assertThat(result.lines().get(0).deliveredUnits()).isEqualByComparingTo("0.6");
        assertThat(result.lines().get(0).reason()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(result.subtotal()).isEqualByComparingTo("12000.00");
    }

    @Test
    void r3_2_farStockCostsTwoUnitsPerDeliveredUnit() {
        ReferenceData data = new ReferenceBuilder().bank("F", "Elsewhere", "Elsewhere").stock("F", ONG, "1", "20000").build();

        QuoteResult result = quote(data, lines(ONG, "1") + ",\"options\":{\"allowPairing\":false}}");

        assertThat(result.allocations()).singleElement().satisfies(a -> {
            assertThat(a.tier()).isEqualTo("far");
            assertThat(a.units()).isEqualByComparingTo("0.5");
            assertThat(a.stockUnits()).isEqualByComparingTo("1");
        });
    }

    @Test
    void r15_felledWoodlandIsNeverOptimisedNorCountedInTheSize() {
        ReferenceData sample = ReferenceCsv.readSample();

        QuoteResult result = quote(sample, lines("Woodland and forest - Felled/Replacement for felled woodland", "50",
                ONG, "0.05") + "}");

        assertThat(result.lines().get(0).reason()).isEqualTo("MANUAL_PRICING_REQUIRED");
        assertThat(result.lines().get(0).deliveredUnits()).isZero();
        assertThat(result.contractSize()).isEqualTo("fractional");
        assertThat(result.bankLimit()).isEqualTo(2);
    }

    @Test
    void determinism_theSameRequestGivesByteIdenticalJson() {
        ReferenceData sample = ReferenceCsv.readSample();
        String request = TestJson.resource("/golden/scenarios/p13_low_proxy_hold50.json");

        String first = Json.indented(quote(sample, request));
        String second = Json.indented(new Optimiser(ReferenceCsv.readSample()).quote(new Optimiser(sample).parse(request), LIMIT));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void progress_isToldOfEveryStageInOrderAndAThrowStopsTheWork() {
        ReferenceData sample = ReferenceCsv.readSample();
        Optimiser optimiser = new Optimiser(sample);
        var request = optimiser.parse(TestJson.resource("/golden/scenarios/p05_split_far_pairing.json"));
        List<Progress.Step> steps = new ArrayList<>();

        optimiser.quote(request, LIMIT, steps::add);

        assertThat(steps.get(0)).isEqualTo(Progress.Step.OPTIONS_BUILT);
        assertThat(steps.get(steps.size() - 1)).isEqualTo(Progress.Step.SOLVED);
        // stage 1 with and without the bank limit, then 2, 3, 3b, 4 and 5
        assertThat(steps.subList(1, steps.size() - 1)).hasSize(7).containsOnly(Progress.Step.STAGE_SOLVED);

        List<Progress.Step> beforeStop = new ArrayList<>();
        assertThatThrownBy(() -> optimiser.quote(request, LIMIT, step -> {
            beforeStop.add(step);
            if (step == Progress.Step.STAGE_SOLVED) {
                throw new IllegalStateException("stop");
            }
        })).hasMessage("stop");
        assertThat(beforeStop).containsExactly(Progress.Step.OPTIONS_BUILT, Progress.Step.STAGE_SOLVED);
    }

    @Test
    void timeLimit_aSolveCutShortGivesAFeasibleUnprovenQuoteInsteadOfAnError(@TempDir Path folder) throws Exception {
        // Large enough that no stage finishes in a millisecond: the sample's requests are now solved within that.
        InstanceGenerator.write(InstanceGenerator.Parameters.of(100, 2_500, 25, 7), folder);
        ReferenceData data = ReferenceCsv.read(folder.resolve("reference"));
        Optimiser optimiser = new Optimiser(data);
        var request = optimiser.parse(Files.readString(folder.resolve("request.json")));

        QuoteResult result = optimiser.quote(request, Duration.ofNanos(1));

        assertThat(result.solverStatus()).isEqualTo(SolverStatus.TIME_LIMIT);
        assertThat(new IndependentValidator(data).violations(request, result)).isEmpty();
    }

    @Test
    void warmUp_solvesOnTheSampleWithBothEngines() {
        assertThatCode(() -> new Optimiser(ReferenceCsv.readSample()).warmUp()).doesNotThrowAnyException();
    }
}
