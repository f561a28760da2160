package org.bngopt.quote;

/** How quoted stock is held back from the optimiser (R13). */
public enum HoldPolicy {
    IGNORE, HOLD_100, HOLD_50
}
