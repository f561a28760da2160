package org.bngopt.rules;

import java.math.BigDecimal;

/** A price per delivered unit and where it came from: exact, low-proxy, group-proxy or ledger-proxy (R4.2). */
public record UnitPrice(BigDecimal value, String source) {
    public static final String EXACT = "exact";
    public static final String LOW_PROXY = "low-proxy";
    public static final String GROUP_PROXY = "group-proxy";
    public static final String LEDGER_PROXY = "ledger-proxy";
}
