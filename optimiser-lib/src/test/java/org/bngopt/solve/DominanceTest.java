package org.bngopt.solve;

import org.bngopt.rules.UnitPrice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reductions B and D ({@link Dominance}) on hand-made options: what goes, and what must stay. */
class DominanceTest {
    private static final BigDecimal LOCAL = BigDecimal.ONE;
    private static final BigDecimal FAR = new BigDecimal("0.5");

    @Test
    void b_anOptionDearerThanOneOnAPoolThatNeverRunsOutGoes() {
        Option cheap = normal(0, "B1", "Grassland", LOCAL, 0, "100");
        Option dear = normal(0, "B1", "Scrub", LOCAL, 0, "120");

        assertThat(Dominance.reduce(List.of(cheap, dear), new double[] {2}, pools(Map.of("B1|Grassland", 2.5, "B1|Scrub", 9.0))))
                .containsExactly(cheap);
    }

    @Test
    void b_aCheaperPoolThatCouldRunOutKeepsTheDearerOption() {
        Option cheap = normal(0, "B1", "Grassland", LOCAL, 0, "100");
        Option dear = normal(0, "B1", "Scrub", LOCAL, 0, "120");
        // Two lines may each take 2 units of Grassland: 3 units can run out.
        Option cheapForOther = normal(1, "B1", "Grassland", LOCAL, 0, "100");

        assertThat(Dominance.reduce(List.of(cheap, dear, cheapForOther), new double[] {2, 2},
                pools(Map.of("B1|Grassland", 3.0, "B1|Scrub", 9.0)))).containsExactly(cheap, dear, cheapForOther);
    }

    @Test
    void b_stockUsePerUnitCountsAgainstThePool() {
        // Far: 2 stock units per delivered unit, so 3 units of stock do not cover a line of 2.
        Option cheap = normal(0, "B1", "Grassland", FAR, 2, "100");
        Option dear = normal(0, "B1", "Scrub", FAR, 2, "120");

        assertThat(Dominance.reduce(List.of(cheap, dear), new double[] {2}, pools(Map.of("B1|Grassland", 3.0, "B1|Scrub", 9.0))))
                .containsExactly(cheap, dear);
    }

    /** A pair at B costs 0.5 × 150 + 0.5 × p_C per unit: with p_C 150 no cheaper than A's 100, with p_C 10 cheaper (80). */
    @ParameterizedTest(name = "companion at {0}: B goes {1}")
    @CsvSource({"150, true", "10, false"})
    void d_aBankBeatenOnEveryLineByAnotherBanksUnlimitedStockGoesWithItsCompanions(String companionPrice, boolean goes) {
        Option a0 = normal(0, "A", "Grassland", LOCAL, 0, "100");
        Option a1 = normal(1, "A", "Scrub", LOCAL, 0, "90");
        Option b0 = normal(0, "B", "Grassland", FAR, 2, "150");
        Option b1 = normal(1, "B", "Scrub", FAR, 2, "95");
        Option bMain = Option.pairedMain(b0);
        Option bCompanion = Option.companion(b0, "Heath", new UnitPrice(new BigDecimal(companionPrice), UnitPrice.EXACT));

        List<Option> kept = Dominance.reduce(List.of(a0, a1, b0, b1, bMain, bCompanion), new double[] {1, 1},
                pools(Map.of("A|Grassland", 5.0, "A|Scrub", 5.0, "B|Grassland", 1.0, "B|Scrub", 1.0, "B|Heath", 1.0)));

        if (goes) {
            assertThat(kept).containsExactly(a0, a1);
        } else {
            assertThat(kept).contains(a0, a1, bMain, bCompanion);
        }
    }

    @Test
    void d_aBankStaysWhenItServesALineTheOtherCannotOrIsNearer() {
        Option a0 = normal(0, "A", "Grassland", FAR, 2, "100");
        Option b0 = normal(0, "B", "Grassland", LOCAL, 0, "150");
        Option c1 = normal(1, "C", "Scrub", FAR, 2, "150");
        Option c0 = normal(0, "C", "Grassland", FAR, 2, "150");

        assertThat(Dominance.reduce(List.of(a0, b0, c0, c1), new double[] {1, 1},
                pools(Map.of("A|Grassland", 9.0, "B|Grassland", 1.0, "C|Grassland", 1.0, "C|Scrub", 1.0))))
                .as("B is local where A is far; C serves line 1, which A does not").containsExactly(a0, b0, c0, c1);
    }

    @Test
    void d_ofTwoEqualBanksOnlyTheLaterIdGoes() {
        Option a0 = normal(0, "A", "Grassland", LOCAL, 0, "100");
        Option b0 = normal(0, "B", "Grassland", LOCAL, 0, "100");

        assertThat(Dominance.reduce(List.of(a0, b0), new double[] {1}, pools(Map.of("A|Grassland", 9.0, "B|Grassland", 9.0))))
                .containsExactly(a0);
    }

    private static Option normal(int line, String bank, String supply, BigDecimal srm, int tierRank, String price) {
        String tier = tierRank == 0 ? "local" : "far";
        return Option.normal(line, bank, supply, tier, srm, tierRank, new UnitPrice(new BigDecimal(price), UnitPrice.EXACT));
    }

    private static AllocationProblem.PoolCapacity pools(Map<String, Double> units) {
        return (bank, habitat) -> BigDecimal.valueOf(units.getOrDefault(bank + '|' + habitat, 0.0));
    }
}
