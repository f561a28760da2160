package org.bngopt.quote;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmet demand as people are shown it, on the page and in exports: units are shown to 3 decimals, so
 * less than half the last digit (the solver's tolerance of rules.md leaves up to 1e-6) is noise, not
 * unmet demand, and is neither shown nor counted.
 */
public final class UnmetUnits {
    static final BigDecimal NOISE = new BigDecimal("0.0005");
    private static final List<String> LEDGERS = List.of("area", "hedgerow", "watercourse");

    private UnmetUnits() {
    }

    public static boolean isUnmet(BigDecimal units) {
        return units != null && units.compareTo(NOISE) >= 0;
    }

    /** Unmet units per ledger, in ledger order, without noise; empty when the result covers all demand. */
    public static Map<String, BigDecimal> byLedger(QuoteResult result) {
        Map<String, BigDecimal> unmet = new LinkedHashMap<>();
        for (String ledger : LEDGERS) {
            BigDecimal sum = result.lines().stream().filter(line -> ledger.equals(line.ledger()))
                    .map(LineResult::unmetUnits).filter(UnmetUnits::isUnmet).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() > 0) {
                unmet.put(ledger, sum);
            }
        }
        return unmet;
    }
}
