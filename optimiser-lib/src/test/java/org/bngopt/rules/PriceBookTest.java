package org.bngopt.rules;

import org.bngopt.quote.DiscountType;
import org.bngopt.quote.PromoterDiscount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bngopt.rules.SampleFixture.CATALOGUE;
import static org.bngopt.rules.SampleFixture.SAMPLE;

class PriceBookTest {

    private static PriceBook book(String size, PromoterDiscount discount) {
        return new PriceBook(SAMPLE, CATALOGUE, size, discount);
    }

    @Test
    void r4_2_exactPriceWhenARowExists() {
        assertThat(book("small", PromoterDiscount.NONE).price("WC1P01", "local", "Grassland - Other neutral grassland",
                "Grassland - Other neutral grassland")).hasValue(new UnitPrice(new BigDecimal("23857.0"), "exact"));
    }

    @Test
    void r4_2_lowProxyIsTheCheapestAreaRowOfTheBankSizeAndTier() {
        UnitPrice price = book("medium", PromoterDiscount.NONE).price("WC1P03", "local", "Net Gain (Low-equivalent)",
                "Grassland - Traditional orchards").orElseThrow();

        assertThat(price.source()).isEqualTo("low-proxy");
        assertThat(price.value()).isEqualByComparingTo("19013.00");
    }

    @Test
    void r4_2_groupProxyForMediumDemandAndNoneForHigh() {
        PriceBook small = book("small", PromoterDiscount.NONE);

        assertThat(small.price("WC1P03", "local", "Grassland - Other neutral grassland", "Grassland - Traditional orchards"))
                .hasValueSatisfying(p -> assertThat(p.source()).isEqualTo("group-proxy"));
        assertThat(small.price("WC1P03", "local", "Grassland - Traditional orchards", "Grassland - Traditional orchards"))
                .isEmpty();
    }

    @Test
    void r4_2_ledgerProxyForWatercourses() {
        UnitPrice price = book("small", PromoterDiscount.NONE).price("WC1P11", "far", "Canals", "Canals").orElseThrow();

        assertThat(price).isEqualTo(new UnitPrice(price.value(), "ledger-proxy"));
        assertThat(price.value()).isEqualByComparingTo("104996.00");
    }

    @Test
    void r4_3_percentageDiscountRoundsHalfUpToPence() {
        PriceBook discounted = book("small", new PromoterDiscount(DiscountType.PERCENTAGE, new BigDecimal("12.5")));
        PriceBook full = book("small", PromoterDiscount.NONE);

        UnitPrice before = full.price("WC1P02", "adjacent", "Grassland - Modified grassland", "Grassland - Modified grassland").orElseThrow();
        UnitPrice after = discounted.price("WC1P02", "adjacent", "Grassland - Modified grassland", "Grassland - Modified grassland").orElseThrow();

        assertThat(before.value()).isEqualByComparingTo("26315.00");
        assertThat(after.value()).isEqualByComparingTo("23025.63");
    }
}
