package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One line of demand: a habitat name (trimmed) and its units (> 0, at most 6 decimals). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandLine(String habitat, BigDecimal units) {
}
