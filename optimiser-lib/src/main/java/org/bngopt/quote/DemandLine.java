package org.bngopt.quote;

import java.math.BigDecimal;

/** One line of demand: a habitat name (trimmed) and its units (> 0, at most 6 decimals). */
public record DemandLine(String habitat, BigDecimal units) {
}
