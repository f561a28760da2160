package org.bngopt.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** GBP per delivered unit of a habitat at a bank, for one contract size and tier (R4). */
public record Price(String bankId, String habitatName, String contractSize, String tier, BigDecimal price) {
    public Price {
        Objects.requireNonNull(price, "price");
    }
}
