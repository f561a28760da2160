package org.bngopt.contract;

import java.math.BigDecimal;

/** {@code PUT /api/admin/reference/stock/{id}}. */
public record StockQuantities(BigDecimal availableExclQuotes, BigDecimal quoted) {
}
