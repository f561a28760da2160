package org.bngopt.solve;

import org.bngopt.bench.InstanceGenerator;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.IndependentValidator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reduced model ({@link Formulation#REDUCED}: aggregated pairs, legal companions left out, lines
 * with the same options merged) has the optimum of the full model of rules.md in stages 1–4, on
 * generated instances small enough to solve both ways.
 */
class ReductionsTest {
    @ParameterizedTest(name = "{0} banks, {1} lines, seed {2}")
    @CsvSource({"12, 4, 2", "12, 4, 3", "12, 4, 4", "16, 10, 5", "20, 12, 13", "30, 20, 21"})
    void reducedModelHasTheFullModelsOptimum(int banks, int lines, long seed, @TempDir Path folder) throws Exception {
        InstanceGenerator.write(InstanceGenerator.Parameters.of(banks, banks * 12, lines, seed), folder);
        ReferenceData data = ReferenceCsv.read(folder.resolve("reference"));
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest request = optimiser.parse(Files.readString(folder.resolve("request.json")));

        QuoteResult full = optimiser.quote(request, Duration.ofSeconds(60), Progress.NONE, Formulation.FULL);
        QuoteResult reduced = optimiser.quote(request, Duration.ofSeconds(60), Progress.NONE, Formulation.REDUCED);

        assertThat(full.allocations()).as("the instance needs pairs").anyMatch(a -> a.allocationType().equals("paired"));
        assertSameOptimumInStages1To4(data, request, full, reduced);
    }

    /**
     * Stage 2's search for a solution outside the incumbent's banks, which on large models replaces the
     * MILP over all banks and holds the later stages to those banks, against the search without it.
     */
    @ParameterizedTest(name = "{0} banks, {1} lines, seed {2}")
    @CsvSource({"60, 25, 7", "80, 25, 8", "60, 40, 9", "100, 12, 10", "200, 100, 7"})
    void theSearchElsewhereHasTheFullSearchsOptimum(int banks, int lines, long seed, @TempDir Path folder) throws Exception {
        InstanceGenerator.write(InstanceGenerator.Parameters.of(banks, banks * 25, lines, seed), folder);
        ReferenceData data = ReferenceCsv.read(folder.resolve("reference"));
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest request = optimiser.parse(Files.readString(folder.resolve("request.json")));

        QuoteResult withSearch = optimiser.quote(request, Duration.ofSeconds(60));
        QuoteResult without;
        System.setProperty("bng.solver.searchElsewhere", "false");
        try {
            without = optimiser.quote(request, Duration.ofSeconds(60));
        } finally {
            System.clearProperty("bng.solver.searchElsewhere");
        }

        assertThat(withSearch.bankLimit()).as("the bank limit binds").isNotNull();
        assertSameOptimumInStages1To4(data, request, without, withSearch);
    }

    /** Both proven, the candidate valid, and the same unmet units, banks, tier usage and cost (within R10's acceptance). */
    private static void assertSameOptimumInStages1To4(ReferenceData data, QuoteRequest request, QuoteResult reference,
                                                      QuoteResult candidate) {
        assertThat(reference.solverStatus()).isEqualTo(SolverStatus.OPTIMAL);
        assertThat(candidate.solverStatus()).isEqualTo(SolverStatus.OPTIMAL);
        assertThat(new IndependentValidator(data).violations(request, candidate)).isEmpty();
        assertThat(unmet(candidate)).isEqualByComparingTo(unmet(reference));
        // R10's acceptance: the rows' units are rounded to 6 decimals, and rows that differ only by stage 5 round apart.
        BigDecimal tolerance = new BigDecimal("0.01").add(new BigDecimal("0.0000005").multiply(unitPrices(reference).add(unitPrices(candidate))));
        assertThat(cost(candidate)).isCloseTo(cost(reference), within(tolerance));
        assertThat(candidate.banksUsed()).hasSameSizeAs(reference.banksUsed());
        assertThat(tierUsage(candidate)).isCloseTo(tierUsage(reference), within(new BigDecimal("0.0001")));
    }

    private static BigDecimal cost(QuoteResult result) {
        return result.allocations().stream().map(a -> a.units().multiply(a.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal unitPrices(QuoteResult result) {
        return result.allocations().stream().map(Allocation::unitPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal unmet(QuoteResult result) {
        return result.lines().stream().map(LineResult::unmetUnits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal tierUsage(QuoteResult result) {
        BigDecimal usage = BigDecimal.ZERO;
        for (Allocation allocation : result.allocations()) {
            int rank = switch (allocation.tier()) {
                case "local" -> 0;
                case "adjacent" -> 1;
                default -> 2;
            };
            usage = usage.add(allocation.units().multiply(BigDecimal.valueOf(rank)));
        }
        return usage;
    }
}
