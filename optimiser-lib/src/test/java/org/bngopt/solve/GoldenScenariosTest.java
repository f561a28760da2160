package org.bngopt.solve;

import org.bngopt.quote.ValidationErrorBody;
import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.IndependentValidator;
import org.bngopt.testsupport.TestJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public scenarios p01–p21 (the project's copy of shared/data) against their expected results.
 * Stage 5 is implemented as written, so the whole result, allocation rows included, must match.
 */
class GoldenScenariosTest {
    private static final ReferenceData SAMPLE = ReferenceCsv.readSample();
    private static final Optimiser OPTIMISER = new Optimiser(SAMPLE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p01_single_local", "p02_minimum_delivery", "p03_multi_percentage",
            "p04_mixed_ledgers_hold100", "p05_split_far_pairing", "p06_far_only", "p07_paired_adjacent",
            "p08_watercourse_catchments", "p09_trading_rules", "p10_unmet_lines", "p11_tier_up_suo",
            "p12_validation_error", "p13_low_proxy_hold50", "p14_group_proxy_maxbanks",
            "p15_hedgerow_proxy_no_pairing", "p16_watercourse_proxy_no_site", "p17_percentage_explicit_neighbours",
            "p18_tier_up_large_suo_cap", "p19_maxbanks_lifted", "p20_minimum_delivery_paired", "p21_validation_types"})
    void givesTheExpectedResult(String scenario) {
        String body = TestJson.resource("/golden/scenarios/" + scenario + ".json");
        JsonNode expected = TestJson.tree(TestJson.resource("/golden/expected/" + scenario + ".json"));

        String actual;
        try {
            QuoteRequest request = OPTIMISER.parse(body);
            QuoteResult result = OPTIMISER.quote(request, Duration.ofSeconds(30));
            assertThat(result.solverStatus()).isEqualTo(SolverStatus.OPTIMAL);
            assertThat(new IndependentValidator(SAMPLE).violations(request, result)).isEmpty();
            actual = Json.indented(result);
        } catch (InvalidRequestException e) {
            actual = Json.indented(ValidationErrorBody.of(e.errors()));
        }

        assertThat(TestJson.sameValue(expected, TestJson.tree(actual)))
                .as("%s%nexpected %s%nactual   %s", scenario, expected, actual).isTrue();
    }
}
