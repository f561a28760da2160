package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** How much of one demand line was delivered, and why the rest was not (R9). */
@JsonPropertyOrder({"lineIndex", "habitat", "ledger", "units", "deliveredUnits", "unmetUnits", "reason"})
public record LineResult(int lineIndex, String habitat, String ledger, BigDecimal units, BigDecimal deliveredUnits,
                         BigDecimal unmetUnits, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
}
