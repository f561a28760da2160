package org.bngopt.rules;

import org.bngopt.quote.DiscountType;
import org.bngopt.reference.ContractSize;
import org.bngopt.reference.Price;
import org.bngopt.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bngopt.rules.SampleFixture.SAMPLE;

class ContractSizesTest {
    private final ContractSizes sizes = new ContractSizes(SAMPLE);

    private String sizeFor(String total) {
        return sizes.forTotal(new BigDecimal(total)).name();
    }

    @Test
    void r5_2_thresholdsAreExclusive() {
        assertThat(sizeFor("0.05")).isEqualTo("fractional");
        assertThat(sizeFor("0.1")).isEqualTo("small");
        assertThat(sizeFor("2.5")).isEqualTo("medium");
        assertThat(sizeFor("15")).isEqualTo("large");
        assertThat(sizeFor("9999")).isEqualTo("large");
    }

    @Test
    void r5_2_onlySizesWithPriceRowsAreEligible() {
        ReferenceData withoutFractional = new ReferenceData(SAMPLE.version(), SAMPLE.banks(), SAMPLE.habitats(),
                SAMPLE.distinctivenessLevels(), SAMPLE.stock(),
                SAMPLE.prices().stream().filter(p -> !p.contractSize().equals("fractional")).toList(),
                SAMPLE.spatialRiskMultipliers(), SAMPLE.contractSizes(), SAMPLE.tradingRules(), SAMPLE.lpaAdjacency(),
                SAMPLE.ncaAdjacency());

        assertThat(new ContractSizes(withoutFractional).forTotal(new BigDecimal("0.05")).name()).isEqualTo("small");
    }

    @Test
    void r12_2_tierUpPricesAtTheNextSizeAndLargeStaysLarge() {
        ContractSize medium = sizes.forTotal(new BigDecimal("2.5"));
        ContractSize large = sizes.forTotal(new BigDecimal("20"));

        assertThat(sizes.priceSize(medium, DiscountType.TIER_UP).name()).isEqualTo("large");
        assertThat(sizes.priceSize(large, DiscountType.TIER_UP).name()).isEqualTo("large");
        assertThat(sizes.priceSize(medium, DiscountType.PERCENTAGE).name()).isEqualTo("medium");
    }

    @Test
    void r1_1_thresholdsAndFeesComeFromTheTable() {
        assertThat(SAMPLE.prices()).extracting(Price::contractSize).contains("fractional");
        assertThat(sizes.forTotal(new BigDecimal("0.05")).adminFee()).isEqualByComparingTo("300");
        assertThat(sizes.forTotal(new BigDecimal("1")).adminFee()).isEqualByComparingTo("500");
    }
}
