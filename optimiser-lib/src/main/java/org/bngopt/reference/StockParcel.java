package org.bngopt.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** One stock row; pools are the sums of these per (bank, habitat) after the hold policy (R1.3, R13). */
public record StockParcel(String id, String bankId, String habitatName,
                          BigDecimal availableExclQuotes, BigDecimal quoted) {
    public StockParcel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(availableExclQuotes, "availableExclQuotes");
        Objects.requireNonNull(quoted, "quoted");
    }
}
