package org.bngopt.watch;

import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.UnmetUnits;

import java.math.BigDecimal;

/** What a watch waits for: every unit of the request met, or a total below a figure. */
public enum WatchCondition {
    ALL_MET, COST_BELOW;

    /** @param threshold the figure of COST_BELOW (before VAT); ignored for ALL_MET */
    public boolean holds(QuoteResult result, BigDecimal threshold) {
        return switch (this) {
            case ALL_MET -> UnmetUnits.byLedger(result).isEmpty();
            case COST_BELOW -> result.total().compareTo(threshold) < 0;
        };
    }

    /** "all units can now be met", "the total is now £12,345.00, below £15,000.00". */
    public String said(QuoteResult result, BigDecimal threshold) {
        return switch (this) {
            case ALL_MET -> "all its units can now be met";
            case COST_BELOW -> "its total is now " + Changes.money(result.total()) + ", below " + Changes.money(threshold);
        };
    }
}
