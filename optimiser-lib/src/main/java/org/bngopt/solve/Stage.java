package org.bngopt.solve;

/**
 * One optimisation of R10: what it minimises and which earlier optima it holds. A null bound is not
 * imposed. Tolerances are already added to the bounds.
 */
record Stage(String name, Objective objective, Integer bankLimit, Double unmetCap, Double costCap, Integer banksAllowed,
             Double tierCap) {

    enum Objective { UNMET, COST, BANKS, TIER_USAGE, OPTION_ORDER }

    /** The tighter of the bank limit (R8.2) and the bank cap of stages 3b–5, or null when neither applies. */
    Integer bankCap() {
        if (bankLimit != null && banksAllowed != null) {
            return Math.min(bankLimit, banksAllowed);
        }
        return bankLimit != null ? bankLimit : banksAllowed;
    }

    boolean needsBinaries() {
        return bankLimit != null || banksAllowed != null || objective == Objective.BANKS;
    }
}
