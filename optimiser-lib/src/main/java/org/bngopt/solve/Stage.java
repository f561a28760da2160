package org.bngopt.solve;

/**
 * One optimisation of R10: what it minimises and which earlier optima it holds. A null bound is not
 * imposed. Tolerances are already added to the bounds.
 */
record Stage(String name, Objective objective, Integer bankLimit, Double unmetCap, Double costCap, Integer bankCap,
             Double tierCap) {

    enum Objective { UNMET, COST, BANKS, TIER_USAGE, OPTION_ORDER }

    boolean needsBinaries() {
        return bankLimit != null || bankCap != null || objective == Objective.BANKS;
    }
}
