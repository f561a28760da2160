package org.bngopt.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * The admin dashboard: per month the quotes issued, accepted and expired with their value (before VAT),
 * the acceptance rate (accepted of those decided, 0 to 1; null when none were) and the top LPAs.
 */
public record DashboardView(List<Month> months, BigDecimal acceptanceRate, long accepted, long decided, List<Lpa> topLpas) {
    public record Month(String month, long issued, BigDecimal issuedValue, long accepted, BigDecimal acceptedValue,
                        long expired, BigDecimal expiredValue) {
    }

    public record Lpa(String lpa, long issued, BigDecimal value) {
    }
}
