package org.bngopt.solve;

import org.bngopt.quote.DemandLine;
import org.bngopt.quote.HoldPolicy;
import org.bngopt.reference.ReferenceData;
import org.bngopt.rules.Catalogue;
import org.bngopt.rules.StockPools;
import org.bngopt.rules.UnitPrice;
import org.bngopt.testsupport.ReferenceBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultAssemblerTest {
    private static final String ONG = "Grassland - Other neutral grassland";

    private static Option normal(int line, String bank, String supply, String price, String srm) {
        return Option.normal(line, bank, supply, srm.equals("1") ? "local" : "far", new BigDecimal(srm),
                srm.equals("1") ? 0 : 2, new UnitPrice(new BigDecimal(price), "exact"));
    }

    @Test
    void r10_1_unitsRoundHalfUpTo6DecimalsAndZeroRowsDrop() {
        List<Option> options = List.of(normal(0, "A", ONG, "100", "1"), normal(0, "B", ONG, "100", "1"));

        List<ResultAssembler.Draft> drafts = ResultAssembler.round(options, new double[] {0.4999995, 0.0000004},
                List.of(new DemandLine(ONG, new BigDecimal("0.6"))));

        assertThat(drafts).singleElement().satisfies(d -> assertThat(d.units).isEqualByComparingTo("0.500000"));
    }

    @Test
    void r10_1_aLineWithin0_000002OfItsDemandIsSnappedOnItsLargestAllocation() {
        List<Option> options = List.of(normal(0, "A", ONG, "100", "1"), normal(0, "B", ONG, "100", "1"));

        List<ResultAssembler.Draft> drafts = ResultAssembler.round(options, new double[] {0.299999, 0.699999},
                List.of(new DemandLine(ONG, new BigDecimal("1"))));

        assertThat(drafts.get(0).units).isEqualByComparingTo("0.299999");
        assertThat(drafts.get(1).units).isEqualByComparingTo("0.700001");
    }

    @Test
    void r10_3_costIsUnitsTimesPriceRoundedHalfUpToPence() {
        assertThat(ResultAssembler.money(new BigDecimal("0.294").multiply(new BigDecimal("50721.125"))))
                .isEqualByComparingTo("14912.01");
        assertThat(ResultAssembler.money(new BigDecimal("0.005"))).isEqualByComparingTo("0.01");
    }

    @Test
    void r11_padsTheCheapestAllocationWithSpareStock() {
        ReferenceData data = new ReferenceBuilder().bank("A", "X", "X").bank("B", "X", "X")
                .stock("A", ONG, "0.004", "100").stock("B", ONG, "5", "200").build();
        StockPools pools = new StockPools(data, new Catalogue(data), HoldPolicy.IGNORE);
        List<ResultAssembler.Draft> drafts = ResultAssembler.round(
                List.of(normal(0, "A", ONG, "100", "1"), normal(0, "B", ONG, "200", "1")), new double[] {0.004, 0.001},
                List.of(new DemandLine(ONG, new BigDecimal("0.005"))));

        String warning = ResultAssembler.padToMinimum(drafts, pools);

        assertThat(warning).isEqualTo("MINIMUM_DELIVERY_APPLIED");
        assertThat(drafts.get(0).units).as("A is cheaper but has no spare stock").isEqualByComparingTo("0.004");
        assertThat(drafts.get(1).units).isEqualByComparingTo("0.006");
    }

    @Test
    void r11_reportsNotMetWhenNoPoolCanTakeTheShortfall() {
        ReferenceData data = new ReferenceBuilder().bank("A", "X", "X").stock("A", ONG, "0.004", "100").build();
        StockPools pools = new StockPools(data, new Catalogue(data), HoldPolicy.IGNORE);
        List<ResultAssembler.Draft> drafts = ResultAssembler.round(List.of(normal(0, "A", ONG, "100", "1")),
                new double[] {0.004}, List.of(new DemandLine(ONG, new BigDecimal("0.004"))));

        assertThat(ResultAssembler.padToMinimum(drafts, pools)).isEqualTo("MINIMUM_DELIVERY_NOT_MET");
        assertThat(drafts.get(0).units).isEqualByComparingTo("0.004");
    }

    @Test
    void r11_doesNothingAtOrAboveTheMinimumOrWhenNothingIsDelivered() {
        ReferenceData data = new ReferenceBuilder().bank("A", "X", "X").stock("A", ONG, "1", "100").build();
        StockPools pools = new StockPools(data, new Catalogue(data), HoldPolicy.IGNORE);

        assertThat(ResultAssembler.padToMinimum(List.of(), pools)).isNull();
        List<ResultAssembler.Draft> enough = ResultAssembler.round(List.of(normal(0, "A", ONG, "100", "1")),
                new double[] {0.01}, List.of(new DemandLine(ONG, new BigDecimal("0.01"))));
        assertThat(ResultAssembler.padToMinimum(enough, pools)).isNull();
    }
}
