package org.bngopt.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bngopt.rules.SampleFixture.CATALOGUE;
import static org.bngopt.rules.SampleFixture.POOLS;
import static org.bngopt.rules.SampleFixture.SAMPLE;

class TradingRulesTest {
    private final TradingRules rules = new TradingRules(CATALOGUE, SAMPLE.tradingRules(), POOLS);

    @Test
    void r6_1_ledgersNeverMix() {
        assertThat(rules.legalSupplies("Net Gain (Low-equivalent)")).allMatch(s -> CATALOGUE.ledgerOf(s).code().equals("area"));
        assertThat(rules.legalSupplies("Net Gain (Hedgerows)")).allMatch(s -> CATALOGUE.ledgerOf(s).code().equals("hedgerow"));
        assertThat(rules.legalSupplies("Ditches")).allMatch(s -> CATALOGUE.ledgerOf(s).code().equals("watercourse"));
    }

    @Test
    void r6_2_explicitRulesAreTheCompleteSetWhenOneIsStocked() {
        assertThat(rules.legalSupplies("Woodland and forest - Wet woodland")).containsExactlyInAnyOrder(
                "Woodland and forest - Wet woodland", "Woodland and forest - Lowland mixed deciduous woodland");
        assertThat(rules.legalSupplies("Grassland - Lowland dry acid grassland")).contains("Heathland and shrub - Lowland heathland");
    }

    @Test
    void r6_2_explicitRulesWithNothingStockedFallBackToTheGeneralRules() {
        assertThat(rules.legalSupplies("Lakes - Ponds (priority habitat)")).containsExactly("Lakes - Ponds (priority habitat)");
    }

    @Test
    void r6_3_mediumTakesSameBroadTypeAtLeastAsDistinctiveOrAnyMoreDistinctive() {
        var legal = rules.legalSupplies("Grassland - Other neutral grassland");

        assertThat(legal).contains("Grassland - Other neutral grassland", "Grassland - Traditional orchards");
        assertThat(legal).as("a Low habitat of the same broad type cannot offset a Medium loss")
                .doesNotContain("Grassland - Modified grassland");
    }

    @Test
    void r6_3_highAndVeryHighTakeOnlyThemselves() {
        assertThat(rules.legalSupplies("Grassland - Traditional orchards")).containsExactly("Grassland - Traditional orchards");
        assertThat(rules.legalSupplies("Grassland - Lowland calcareous grassland"))
                .containsExactly("Grassland - Lowland calcareous grassland");
    }

    @Test
    void r6_3_lowAndNetGainTakeAnythingAtLeastLow() {
        assertThat(rules.legalSupplies("Grassland - Modified grassland")).contains("Cropland - Cereal crops")
                .allMatch(s -> CATALOGUE.levelOfHabitat(s) >= CATALOGUE.level("Low"));
        assertThat(rules.legalSupplies("Net Gain (Low-equivalent)")).contains("Grassland - Modified grassland");
    }

    @Test
    void r6_4_netGainHedgerowsIncludesLineOfTrees() {
        assertThat(rules.legalSupplies("Net Gain (Hedgerows)")).contains("Line of trees", "Native hedgerow");
    }

    @Test
    void r6_5_watercourseCanonicalTypes() {
        assertThat(rules.legalSupplies("Ditches")).contains("Ditches").doesNotContain("Canals");
        assertThat(rules.legalSupplies("Canals")).doesNotContain("Ditches");
        assertThat(rules.legalSupplies("Culvert")).containsExactly("Culvert");
        assertThat(rules.legalSupplies("Net Gain (Watercourses)")).contains("Ditches", "Canals", "Culvert");
        assertThat(TradingRules.canonicalType("Other rivers and streams")).isEqualTo("rivers_streams");
    }

    @Test
    void r15_felledWoodlandIsNeverSupply() {
        assertThat(rules.legalSupplies("Net Gain (Low-equivalent)")).doesNotContain(Catalogue.FELLED_WOODLAND);
    }
}
