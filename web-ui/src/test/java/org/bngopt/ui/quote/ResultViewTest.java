package org.bngopt.ui.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.DiscountType;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.PromoterDiscount;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResultViewTest {
    private static final List<LineResult> LINES = List.of(
            new LineResult(0, "Grassland - Other neutral grassland", "area", new BigDecimal("2"), new BigDecimal("1.5"),
                    new BigDecimal("0.5"), "INSUFFICIENT_STOCK"),
            new LineResult(1, "Native hedgerow", "hedgerow", new BigDecimal("1"), new BigDecimal("0.999997"),
                    new BigDecimal("0.000003"), "INSUFFICIENT_STOCK"));
    private static final List<Allocation> ALLOCATIONS = List.of(
            allocation(0, "B1", "1.5", "30000.00"), allocation(1, "B1", "0.999997", "12000.00"),
            allocation(1, "B2", "0", "0.00"));

    @Test
    void chartJsonCannotCloseItsScriptElement() throws Exception {
        String hostile = "{\"labels\":[\"B1 </script><script>alert(1)</script> & \u2028\"]}";

        String safe = ResultView.scriptSafe(hostile);

        assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
        JsonNode parsed = new ObjectMapper().readTree(safe);
        assertThat(parsed.get("labels").get(0).asText()).isEqualTo("B1 </script><script>alert(1)</script> & \u2028");
    }

    @Test
    void roundingNoiseIsNeitherShownNorCountedAsUnmet() {
        ResultView view = new ResultView(result(3), null);

        assertThat(view.getUnmetByLedger()).isEqualTo(Map.of("area", new BigDecimal("0.5")));
        assertThat(view.getUnmetSummary()).isEqualTo("0.500 area units");
        assertThat(view.unmet(LINES.get(1))).isEmpty();
        assertThat(view.reason(LINES.get(1))).isEmpty();
    }

    @Test
    void theReasonAgreesWithWhetherTheBankLimitWasLifted() {
        assertThat(new ResultView(result(3), null).reason(LINES.get(0)))
                .isEqualTo("Not enough legal stock within the bank limit of 3");
        assertThat(new ResultView(result(null), null).reason(LINES.get(0)))
                .isEqualTo("Not enough legal stock at any bank (the bank limit was lifted)");
    }

    @Test
    void unitsPerBankAreKeptApartByLedger() {
        ResultView view = new ResultView(result(3), null);

        ResultView.BankTotal b1 = view.getBankTotals().get(0);
        assertThat(b1.unitsOf("area")).isEqualByComparingTo("1.5");
        assertThat(b1.unitsOf("hedgerow")).isEqualByComparingTo("0.999997");
        assertThat(b1.cost()).isEqualByComparingTo("42000.00");
        assertThat(view.getLedgersUsed()).containsExactly("area", "hedgerow");
    }

    @Test
    void aPromoterDiscountIsShownWithWhatItTookOff() {
        ResultView view = new ResultView(result(3), new PromoterDiscount(DiscountType.PERCENTAGE, new BigDecimal("20")));

        assertThat(view.getDiscount()).startsWith("20% off every unit price");
        assertThat(view.getDiscountSaving()).isEqualByComparingTo("10500.00");
        assertThat(new ResultView(result(3), null).getDiscount()).isNull();
    }

    @Test
    void numbersInUkFormats() {
        assertThat(ResultView.money(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
        assertThat(ResultView.units(new BigDecimal("0.1234567"))).isEqualTo("0.123");
    }

    private static QuoteResult result(Integer bankLimit) {
        return new QuoteResult(ALLOCATIONS, LINES, "small", new BigDecimal("42000.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("500"), new BigDecimal("42500.00"), List.of("B1"), bankLimit, List.of(), false, "ref-1",
                SolverStatus.OPTIMAL);
    }

    private static Allocation allocation(int line, String bank, String units, String cost) {
        return new Allocation(line, LINES.get(line).habitat(), bank, "Bank " + bank, LINES.get(line).habitat(), "normal",
                "local", BigDecimal.ONE, new BigDecimal(units), new BigDecimal(units), new BigDecimal("20000"),
                new BigDecimal(cost), "exact", null);
    }
}
