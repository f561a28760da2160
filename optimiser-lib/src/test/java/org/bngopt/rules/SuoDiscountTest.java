package org.bngopt.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class SuoDiscountTest {

    @Test
    void r12_3_fractionIsHalfTheSurplusOverDeliveredUnits() {
        BigDecimal f = SuoDiscount.fraction(new BigDecimal("1.2"), new BigDecimal("2.5"));

        assertThat(f).isEqualByComparingTo("0.24");
        assertThat(SuoDiscount.amount(new BigDecimal("53942.50"), f)).isEqualByComparingTo("12946.20");
    }

    @Test
    void r12_3_fractionIsCappedAt60PercentAndRoundedTo6Decimals() {
        assertThat(SuoDiscount.fraction(new BigDecimal("20"), new BigDecimal("15.5"))).isEqualByComparingTo("0.6");
        assertThat(SuoDiscount.fraction(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("0.166667");
    }

    @Test
    void r12_3_noSurplusOrNoDeliveryMeansNoDiscount() {
        assertThat(SuoDiscount.fraction(BigDecimal.ZERO, BigDecimal.ONE)).isZero();
        assertThat(SuoDiscount.fraction(BigDecimal.ONE, BigDecimal.ZERO)).isZero();
    }
}
