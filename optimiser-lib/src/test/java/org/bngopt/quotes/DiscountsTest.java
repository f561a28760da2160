package org.bngopt.quotes;

import org.bngopt.quote.DiscountType;
import org.bngopt.quote.PromoterDiscount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DiscountsTest {
    private static final PromoterDiscount FIVE = new PromoterDiscount(DiscountType.PERCENTAGE, new BigDecimal("5"));

    @Test
    void percentagesAreTheSameByValueWhateverTheirScale() {
        assertThat(Discounts.same(FIVE, new PromoterDiscount(DiscountType.PERCENTAGE, new BigDecimal("5.00")))).isTrue();
        assertThat(Discounts.same(FIVE, new PromoterDiscount(DiscountType.PERCENTAGE, new BigDecimal("5.5")))).isFalse();
        assertThat(Discounts.same(null, PromoterDiscount.NONE)).as("no discount is none").isTrue();
        assertThat(Discounts.same(new PromoterDiscount(DiscountType.TIER_UP, null), PromoterDiscount.NONE)).isFalse();
    }

    @Test
    void saidInWords() {
        assertThat(Discounts.describe(FIVE)).isEqualTo("a 5% promoter discount");
        assertThat(Discounts.describe(null)).isEqualTo("no promoter discount");
        assertThat(Discounts.describe(new PromoterDiscount(DiscountType.TIER_UP, null))).isEqualTo("the tier-up promoter discount");
    }
}
