package org.bngopt.rules;

import org.bngopt.quote.HoldPolicy;
import org.bngopt.reference.StockParcel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bngopt.rules.SampleFixture.CATALOGUE;
import static org.bngopt.rules.SampleFixture.SAMPLE;

class StockPoolsTest {

    private static StockParcel parcel(String available, String quoted) {
        return new StockParcel("S", "B", "H", new BigDecimal(available), new BigDecimal(quoted));
    }

    @Test
    void r13_holdPoliciesPerRowFlooredAtZero() {
        assertThat(StockPools.held(parcel("6.726", "0.956"), HoldPolicy.IGNORE)).isEqualByComparingTo("6.726");
        assertThat(StockPools.held(parcel("6.726", "0.956"), HoldPolicy.HOLD_100)).isEqualByComparingTo("5.770");
        assertThat(StockPools.held(parcel("5.391", "0.743"), HoldPolicy.HOLD_50)).isEqualByComparingTo("5.0195");
        assertThat(StockPools.held(parcel("0.5", "2"), HoldPolicy.HOLD_100)).isEqualByComparingTo("0");
    }

    @Test
    void r1_3_poolsSumRowsPerBankAndHabitatAfterThePolicy() {
        StockPools pools = new StockPools(SAMPLE, CATALOGUE, HoldPolicy.HOLD_100);

        assertThat(pools.units("WC1P01", "Native hedgerow")).isEqualByComparingTo("5.770");
        assertThat(pools.units("WC1P04", "Lakes - Ponds (non-priority habitat)")).isNotNull();
    }

    @Test
    void r1_3_emptyPoolsAndFelledWoodlandDoNotExist() {
        StockPools pools = new StockPools(SAMPLE, CATALOGUE, HoldPolicy.IGNORE);

        assertThat(pools.units("WC1P05", "Heathland and shrub - Blackthorn scrub")).isNull();
        assertThat(pools.anyBankHas(Catalogue.FELLED_WOODLAND)).isFalse();
        assertThat(pools.units("NO-SUCH-BANK", "Grassland - Modified grassland")).isNull();
    }
}
