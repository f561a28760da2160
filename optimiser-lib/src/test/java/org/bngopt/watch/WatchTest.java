package org.bngopt.watch;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WatchTest {
    private static final String FENS = "Wetland - Lowland fens";

    private static Allocation row(String bank, String units) {
        return new Allocation(0, FENS, bank, bank + " Bank", FENS, "normal", "local", BigDecimal.ONE, new BigDecimal(units),
                new BigDecimal(units), new BigDecimal("30000"), new BigDecimal(units).multiply(new BigDecimal("30000")), "exact", null);
    }

    private static QuoteResult result(String unmet, String total, Allocation... rows) {
        return new QuoteResult(List.of(rows), List.of(new LineResult(0, FENS, "area", new BigDecimal("5"), BigDecimal.ONE,
                new BigDecimal(unmet), "0".equals(unmet) ? null : "INSUFFICIENT_STOCK")), "small", BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(total), List.of(), 2, List.of(), "0".equals(unmet), "v",
                SolverStatus.OPTIMAL);
    }

    @Test
    void conditionsHoldWhenEveryUnitIsMetOrTheTotalIsBelowTheFigure() {
        QuoteResult short1 = result("3.5", "45000", row("WC1P04", "1.5"));
        QuoteResult whole = result("0", "150000", row("WC1P04", "1.5"), row("WC1P08", "3.5"));
        assertThat(WatchCondition.ALL_MET.holds(short1, null)).isFalse();
        assertThat(WatchCondition.ALL_MET.holds(whole, null)).isTrue();
        assertThat(WatchCondition.COST_BELOW.holds(whole, new BigDecimal("150000"))).as("below, not equal").isFalse();
        assertThat(WatchCondition.COST_BELOW.holds(whole, new BigDecimal("150000.01"))).isTrue();
        assertThat(WatchCondition.COST_BELOW.said(whole, new BigDecimal("200000")))
                .isEqualTo("its total is now £150,000.00, below £200,000.00");
    }

    @Test
    void aChangeNamesTheBankTheHabitatAndTheUnitsMostFirst() {
        QuoteResult before = result("3.5", "45000", row("WC1P04", "1.5"));
        QuoteResult after = result("0", "150000", row("WC1P04", "2"), row("WC1P08", "3"));
        List<Changes.More> more = Changes.between(before, after);
        assertThat(more).extracting(Changes.More::bankId).containsExactly("WC1P08", "WC1P04");
        assertThat(Changes.said(more)).isEqualTo("WC1P08 (WC1P08 Bank) now supplies 3 more units of " + FENS
                + "; WC1P04 (WC1P04 Bank) now supplies 0.5 more units of " + FENS + ".");
        assertThat(Changes.said(Changes.between(after, after))).isEqualTo("The banks and habitats supplying it are the same as before.");
    }
}
