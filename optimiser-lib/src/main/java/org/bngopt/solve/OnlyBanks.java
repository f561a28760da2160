package org.bngopt.solve;

import java.util.Objects;

/**
 * Banks proven to be the only usable ones under a stage's constraints, and so under any stage with the
 * same limit and unmet cap whose other bounds are at least as tight.
 */
record OnlyBanks(Stage stage, boolean[] banks) {
    boolean holdsFor(Stage later) {
        return Objects.equals(later.bankLimit(), stage.bankLimit()) && Objects.equals(later.unmetCap(), stage.unmetCap())
                && atMost(later.costCap(), stage.costCap()) && atMost(later.banksAllowed(), stage.banksAllowed())
                && atMost(later.tierCap(), stage.tierCap());
    }

    /** Whether a later bound is at least as tight as a proven one (null: no bound). */
    private static boolean atMost(Number later, Number proven) {
        return proven == null || later != null && later.doubleValue() <= proven.doubleValue();
    }
}
