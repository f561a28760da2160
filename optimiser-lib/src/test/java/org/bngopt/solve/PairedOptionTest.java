package org.bngopt.solve;

import org.bngopt.quote.QuoteResult;
import org.bngopt.reference.ReferenceData;
import org.bngopt.rules.UnitPrice;
import org.bngopt.testsupport.ReferenceBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PairedOptionTest {

    @Test
    void r7_2_unitPriceIsTheExactSrmBlendOfThePartPrices() {
        Option orchards = Option.normal(0, "WC1P01", "Grassland - Traditional orchards", "adjacent", new BigDecimal("0.75"), 1,
                new UnitPrice(new BigDecimal("45140.00"), "exact"));

        Option paired = Option.paired(orchards, "Cropland - Cereal crops", new UnitPrice(new BigDecimal("24440.00"), "exact"));

        assertThat(paired.unitPrice()).isEqualByComparingTo("39965.00");
        assertThat(paired.supplyUse()).isEqualTo(1.0);
        assertThat(paired.companionUse()).isEqualTo(1.0 / 0.75 - 1.0);
    }

    @Test
    void r7_2_blendsAreNotRoundedFurther() {
        Option main = Option.normal(0, "B", "M", "adjacent", new BigDecimal("0.75"), 1, new UnitPrice(new BigDecimal("48829.38"), "exact"));

        assertThat(Option.paired(main, "C", new UnitPrice(new BigDecimal("23025.63"), "exact")).unitPrice())
                .isEqualByComparingTo("42378.4425");
    }

    @Test
    void r7_2_noPairingAtLocalBanksOrWhenSwitchedOff() {
        ReferenceData data = new ReferenceBuilder().bank("L", "Here", "Here")
                .stock("L", "Grassland - Lowland meadows", "5", "50000")
                .stock("L", "Grassland - Modified grassland", "5", "10000").build();
        Optimiser optimiser = new Optimiser(data);

        QuoteResult local = optimiser.quote(optimiser.parse("{\"site\":{\"lpa\":\"Here\"},"
                + "\"demand\":[{\"habitat\":\"Grassland - Lowland meadows\",\"units\":1}]}"), Duration.ofSeconds(10));
        QuoteResult farWithoutPairing = optimiser.quote(optimiser.parse("{\"site\":{\"lpa\":\"There\"},"
                + "\"demand\":[{\"habitat\":\"Grassland - Lowland meadows\",\"units\":1}],\"options\":{\"allowPairing\":false}}"),
                Duration.ofSeconds(10));
        QuoteResult far = optimiser.quote(optimiser.parse("{\"site\":{\"lpa\":\"There\"},"
                + "\"demand\":[{\"habitat\":\"Grassland - Lowland meadows\",\"units\":1}]}"), Duration.ofSeconds(10));

        assertThat(local.allocations()).allMatch(a -> a.allocationType().equals("normal"));
        assertThat(farWithoutPairing.allocations()).allMatch(a -> a.allocationType().equals("normal"));
        assertThat(far.allocations()).singleElement().satisfies(a -> {
            assertThat(a.allocationType()).isEqualTo("paired");
            assertThat(a.parts().get(1).habitat()).isEqualTo("Grassland - Modified grassland");
            assertThat(a.unitPrice()).isEqualByComparingTo("60000");
        });
    }
}
