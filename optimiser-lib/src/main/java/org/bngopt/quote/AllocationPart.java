package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** The main or companion habitat of a paired allocation (R7.3). */
@JsonPropertyOrder({"role", "habitat", "stockUnits", "unitPrice", "priceSource"})
public record AllocationPart(String role, String habitat, BigDecimal stockUnits, BigDecimal unitPrice,
                             String priceSource) {
}
