package org.bngopt.reference;

import java.util.Objects;

/** An explicit area trading override (R6.2); {@code minDistinctiveness} may be null. */
public record TradingRule(String demandHabitat, String allowedSupplyHabitat, String minDistinctiveness) {
    public TradingRule {
        Objects.requireNonNull(demandHabitat, "demandHabitat");
        Objects.requireNonNull(allowedSupplyHabitat, "allowedSupplyHabitat");
    }
}
