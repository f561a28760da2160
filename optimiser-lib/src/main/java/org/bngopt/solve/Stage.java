package org.bngopt.solve;

/**
 * One optimisation of R10: what it minimises and which earlier optima it holds. A null bound is not
 * imposed. Tolerances are already added to the bounds. {@code onlyBanks}, when not null, holds every
 * other bank's binary at 0 (banks proven unusable); {@code someBankOf}, when not null, requires at least
 * one of its banks to be open (the uniqueness test of {@link StageSolver#onlyBanksOf}).
 */
record Stage(String name, Objective objective, Integer bankLimit, Double unmetCap, Double costCap, Integer banksAllowed,
             Double tierCap, boolean[] onlyBanks, boolean[] someBankOf) {

    enum Objective { UNMET, COST, BANKS, TIER_USAGE, OPTION_ORDER }

    Stage(String name, Objective objective, Integer bankLimit, Double unmetCap, Double costCap, Integer banksAllowed,
          Double tierCap) {
        this(name, objective, bankLimit, unmetCap, costCap, banksAllowed, tierCap, null, null);
    }

    Stage restrictedTo(boolean[] banks) {
        return new Stage(name, objective, bankLimit, unmetCap, costCap, banksAllowed, tierCap, banks, someBankOf);
    }

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
