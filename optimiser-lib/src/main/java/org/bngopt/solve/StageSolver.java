package org.bngopt.solve;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves one {@link Stage} exactly. The LP relaxation is solved first: when its solution already
 * respects the bank cap it is also the MILP optimum, and no branching is needed. Otherwise the MILP
 * engine solves the stage (ojalgo for small problems, SCIP for large ones: {@link LinearEngine}).
 * ojalgo's branch-and-bound has been seen to report INFEASIBLE for stages whose relaxation and whose
 * previous stage's solution are feasible; then the stage is solved exactly by enumerating bank sets.
 */
final class StageSolver {
    static final double ZERO = 1e-9;
    /** Beyond this many bank sets the enumeration fallback gives up. */
    private static final long MAX_BANK_SETS = 20_000;

    /** The solution of one stage: its objective, the delivered units per option, and whether it is proven. */
    record Solution(double objective, double[] x, double[] unmet, boolean optimal) {
    }

    private final AllocationProblem problem;
    private final StageFormulation model;

    StageSolver(AllocationProblem problem, double[] orderWeight) {
        this.problem = problem;
        this.model = new StageFormulation(problem, orderWeight, this::banksUsed, LinearEngine.forSize(problem.options.size()));
    }

    /** @return the stage's optimum, or null when the stage is infeasible */
    Solution solve(Stage stage, long timeLimitMillis) {
        Solution relaxed = model.solve(stage, timeLimitMillis, false, null);
        if (relaxed == null || !stage.needsBinaries()) {
            return relaxed;
        }
        Integer cap = stage.bankCap();
        if (stage.objective() != Stage.Objective.BANKS && (cap == null || banksUsed(relaxed.x()) <= cap)) {
            return relaxed;
        }
        Solution integer = model.solve(stage, timeLimitMillis, true, null);
        return integer != null ? integer : enumerateBankSets(stage, timeLimitMillis, cap, relaxed);
    }

    int banksUsed(double[] x) {
        boolean[] used = new boolean[problem.banks.size()];
        int count = 0;
        for (int o = 0; o < x.length; o++) {
            if (x[o] > ZERO && !used[problem.bankOf[o]]) {
                used[problem.bankOf[o]] = true;
                count++;
            }
        }
        return count;
    }

    /**
     * Exact fallback: the stage's LP with only the banks of one set open, over every set of the
     * largest allowed size (or, for the bank-count objective, of increasing size until one is feasible).
     */
    private Solution enumerateBankSets(Stage stage, long timeLimitMillis, Integer cap, Solution relaxed) {
        int banks = problem.banks.size();
        int largest = cap == null ? banks : Math.min(cap, banks);
        boolean countBanks = stage.objective() == Stage.Objective.BANKS;
        int smallest = countBanks ? Math.max(1, (int) Math.ceil(relaxed.objective() - 1e-6)) : largest;
        for (int size = smallest; size <= largest; size++) {
            if (binomial(banks, size) > MAX_BANK_SETS) {
                return null;
            }
            Solution best = null;
            for (boolean[] open : bankSets(banks, size)) {
                Solution candidate = model.solve(stage, timeLimitMillis, false, open);
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
