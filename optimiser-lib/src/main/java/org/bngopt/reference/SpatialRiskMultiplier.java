package org.bngopt.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** A tier's spatial risk multiplier and its rank in tier usage (R3.1, R10 stage 4). */
public record SpatialRiskMultiplier(String tier, BigDecimal multiplier, int rank) {
    public SpatialRiskMultiplier {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(multiplier, "multiplier");
    }
}
