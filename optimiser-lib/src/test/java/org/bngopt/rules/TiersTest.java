package org.bngopt.rules;

import org.bngopt.quote.Site;
import org.bngopt.reference.Ledger;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bngopt.rules.SampleFixture.SAMPLE;
import static org.bngopt.rules.SampleFixture.bank;

class TiersTest {
    private static final List<String> BANKS = List.of("WC1P01", "WC1P02", "WC1P03", "WC1P04", "WC1P05", "WC1P06",
            "WC1P07", "WC1P08", "WC1P09", "WC1P10", "WC1P11", "WC1P12");

    private static List<String> tiers(Site site, Ledger ledger) {
        Tiers tiers = new Tiers(site, SAMPLE);
        return BANKS.stream().map(id -> tiers.tierOf(bank(id), ledger)).toList();
    }

    @Test
    void r2_3_localAdjacentFarByLpaAndNcaWithTheAdjacencyTables() {
        Site winchester = new Site("Winchester", "Hampshire Downs", null, null, null, null);

        assertThat(tiers(winchester, Ledger.AREA)).containsExactly("local", "local", "local", "adjacent", "adjacent",
                "adjacent", "adjacent", "far", "adjacent", "far", "adjacent", "far");
    }

    @Test
    void r2_2_explicitNeighboursReplaceTheTablesEvenWhenEmpty() {
        Site fareham = new Site("Fareham Borough Council", "South Coast Plain",
                List.of("City of Winchester Council", "Royal Borough of Windsor & Maidenhead"), List.of(), null, null);

        List<String> tiers = tiers(fareham, Ledger.AREA);

        assertThat(tiers.get(11)).isEqualTo("local");
        assertThat(tiers.subList(0, 2)).containsOnly("adjacent");
        assertThat(tiers.subList(2, 11)).containsOnly("far");
    }

    @Test
    void r2_3_withoutLpaAndNcaEveryBankIsFarEvenWithNeighbours() {
        Site none = new Site(null, " ", List.of("Winchester"), List.of("Hampshire Downs"), null, null);

        assertThat(tiers(none, Ledger.AREA)).containsOnly("far");
    }

    @Test
    void r2_4_watercourseTiersFollowCatchmentsWhenAllFourAreGiven() {
        Site site = new Site("Winchester", "South Downs", null, null, "River Test (Stockbridge)", "Test and Itchen");

        List<String> watercourse = tiers(site, Ledger.WATERCOURSE);

        assertThat(watercourse.get(2)).isEqualTo("local");
        assertThat(watercourse.get(0)).isEqualTo("adjacent");
        assertThat(watercourse.get(3)).isEqualTo("adjacent");
        assertThat(tiers(site, Ledger.AREA).get(0)).as("area lines still tier by LPA").isEqualTo("local");
    }

    @Test
    void r2_4_withoutBothSiteCatchmentsWatercourseFallsBackToR2_3() {
        Site site = new Site("Winchester", "Hampshire Downs", null, null, "River Test (Stockbridge)", null);

        assertThat(tiers(site, Ledger.WATERCOURSE)).isEqualTo(tiers(site, Ledger.AREA));
    }
}
