package org.bngopt.solve;

import java.util.ArrayList;
import java.util.List;

import org.bngopt.solve.StageSolver.Solution;

/**
 * The exact fallback for a stage the MILP engine wrongly rejects (ojalgo has been seen to): the
 * stage's LP with only the banks of one set open, over every set of the largest allowed size (or, for
 * the bank-count objective, of increasing size until one is feasible).
 */
final class BankSetEnumeration {
    /** Beyond this many bank sets the fallback gives up. */
    private static final long MAX_BANK_SETS = 20_000;

    private BankSetEnumeration() {
    }

    /** @return the stage's optimum, or null when there is none or the sets are too many */
    static Solution solve(StageFormulation model, int banks, Stage stage, long timeLimitMillis, Integer cap, Solution relaxed) {
        int largest = cap == null ? banks : Math.min(cap, banks);
        boolean countBanks = stage.objective() == Stage.Objective.BANKS;
        int smallest = countBanks ? Math.max(1, (int) Math.ceil(relaxed.objective() - 1e-6)) : largest;
        for (int size = smallest; size <= largest; size++) {
            if (binomial(banks, size) > MAX_BANK_SETS) {
                return null;
            }
            Solution best = null;
            for (boolean[] open : bankSets(banks, size)) {
                Solution candidate = model.solve(stage, timeLimitMillis, StageFormulation.Banks.OPEN, open, null);
                if (candidate != null && (best == null || candidate.objective() < best.objective())) {
                    best = candidate;
                }
            }
            if (best != null) {
                return countBanks ? new Solution(size, best.x(), best.unmet(), best.optimal()) : best;
            }
        }
        return null;
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static List<boolean[]> bankSets(int banks, int size) {
        List<boolean[]> sets = new ArrayList<>();
        collect(new boolean[banks], 0, size, sets);
        return sets;
    }

    private static void collect(boolean[] open, int from, int left, List<boolean[]> sets) {
        if (left == 0) {
            sets.add(open.clone());
            return;
        }
        for (int b = from; b <= open.length - left; b++) {
            open[b] = true;
            collect(open, b + 1, left - 1, sets);
            open[b] = false;
        }
    }
}
