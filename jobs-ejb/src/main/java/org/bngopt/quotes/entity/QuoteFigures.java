package org.bngopt.quotes.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dashboard's figures: per month (London time, oldest first) the quotes issued, accepted and expired
 * with their value; the acceptance rate of the quotes decided in those months; the LPAs with most issued quotes.
 */
public record QuoteFigures(List<Month> months, long accepted, long decided, List<Lpa> topLpas) {
    /** One month, {@code 2026-12}. */
    public record Month(String month, long issued, BigDecimal issuedValue, long accepted, BigDecimal acceptedValue,
                        long expired, BigDecimal expiredValue) {
    }

    public record Lpa(String lpa, long issued, BigDecimal value) {
    }

    /** Accepted as a share of those decided (accepted, declined, withdrawn or expired); null when none were. */
    public BigDecimal acceptanceRate() {
        return decided == 0 ? null : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(decided), 4, java.math.RoundingMode.HALF_UP);
    }
}
