package org.bngopt.contract;

import java.math.BigDecimal;

/** {@code PUT /api/admin/reference/prices}. */
public record PriceChange(String bankId, String habitatName, String contractSize, String tier, BigDecimal price) {
}
