package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/** One row of the result: units of a supply habitat at a bank delivered to one demand line (§12). */
@JsonPropertyOrder({"lineIndex", "demandHabitat", "bankId", "bankName", "supplyHabitat", "allocationType", "tier",
        "srm", "units", "stockUnits", "unitPrice", "cost", "priceSource", "parts"})
public record Allocation(int lineIndex, String demandHabitat, String bankId, String bankName, String supplyHabitat,
                         String allocationType, String tier, BigDecimal srm, BigDecimal units, BigDecimal stockUnits,
                         BigDecimal unitPrice, BigDecimal cost, String priceSource,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<AllocationPart> parts) {
}
