package org.bngopt.solve;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

import java.util.List;

/**
 * Builds the R8.1 model for one {@link Stage} on ojalgo and solves it exactly. Optima of earlier
 * stages that are zero are held through variable bounds rather than "≤ 1e-9" constraints, which ojalgo
 * can wrongly report infeasible (solver-notes.md).
 *
 * <p>The LP relaxation is solved first: when its solution already respects the bank cap it is also the
 * MILP optimum, and no branching is needed. Otherwise ojalgo's MILP solves the stage. ojalgo's
 * branch-and-bound has been seen to report INFEASIBLE for stages whose relaxation and whose previous
 * stage's solution are feasible; then the stage is solved exactly by enumerating bank sets instead.
 */
final class StageSolver {
    static final double ZERO = 1e-9;

    /** The solution of one stage: its objective, the delivered units per option, and whether it is proven. */
    record Solution(double objective, double[] x, double[] unmet, double[] bankUsed, boolean optimal) {
    }

    private final AllocationProblem problem;
    private final double[] orderWeight;

    StageSolver(AllocationProblem problem, double[] orderWeight) {
        this.problem = problem;
        this.orderWeight = orderWeight;
    }

    /** Beyond this many bank sets the enumeration fallback gives up. */
    private static final long MAX_BANK_SETS = 20_000;

    /** @return the stage's optimum, or null when the stage is infeasible */
    Solution solve(Stage stage, long timeLimitMillis) {
        Solution relaxed = solve(stage, timeLimitMillis, false, null);
        if (relaxed == null || !stage.needsBinaries()) {
            return relaxed;
        }
        Integer cap = bankCap(stage);
        if (stage.objective() != Stage.Objective.BANKS && (cap == null || banksUsed(relaxed.x()) <= cap)) {
            return relaxed;
        }
        Solution integer = solve(stage, timeLimitMillis, true, null);
        return integer != null ? integer : enumerateBankSets(stage, timeLimitMillis, cap, relaxed);
    }

    /** The tighter of the bank limit and the bank cap of the stage, or null when neither applies. */
    private static Integer bankCap(Stage stage) {
        if (stage.bankLimit() != null && stage.bankCap() != null) {
            return Math.min(stage.bankLimit(), stage.bankCap());
        }
        return stage.bankLimit() != null ? stage.bankLimit() : stage.bankCap();
    }

    int banksUsed(double[] x) {
        boolean[] used = new boolean[problem.banks.size()];
        int count = 0;
        for (int o = 0; o < x.length; o++) {
            if (x[o] > ZERO && !used[problem.bankOfOption[o]]) {
                used[problem.bankOfOption[o]] = true;
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
                Solution candidate = solve(stage, timeLimitMillis, false, open);
                if (candidate != null && (best == null || candidate.objective() < best.objective())) {
                    best = candidate;
                }
            }
            if (best != null) {
                return countBanks ? new Solution(size, best.x(), best.unmet(), best.bankUsed(), best.optimal()) : best;
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
        List<boolean[]> sets = new java.util.ArrayList<>();
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

    /**
     * One solve of the stage's model: with binary bank variables, as the LP relaxation, or as an LP with
     * only the banks in {@code open} usable.
     */
    private Solution solve(Stage stage, long timeLimitMillis, boolean integer, boolean[] open) {
        List<Option> options = problem.options;
        int n = options.size();
        int lines = problem.demand.length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.time_abort = Math.max(1, timeLimitMillis);
        // A relative gap of 1e-9 proves cost to well under a penny on any realistic quote (solver-notes.md).
        model.options.integer(IntegerStrategy.DEFAULT.withGapTolerance(NumberContext.of(9)));

        Variable[] x = new Variable[n];
        for (int o = 0; o < n; o++) {
            x[o] = model.addVariable("x" + o).lower(0);
        }
        Variable[] u = new Variable[lines];
        for (int d = 0; d < lines; d++) {
            u[d] = model.addVariable("u" + d).lower(0);
        }
        Variable[] y = new Variable[problem.banks.size()];
        for (int b = 0; b < y.length; b++) {
            y[b] = model.addVariable("y" + b).lower(0).upper(1);
            if (open != null) {
                y[b].level(open[b] ? 1 : 0);
            } else if (integer) {
                y[b].binary();
            }
        }

        for (int d = 0; d < lines; d++) {
            Expression line = model.addExpression("demand" + d).level(problem.demand[d]);
            line.set(u[d], 1);
            for (int o = 0; o < n; o++) {
                if (options.get(o).lineIndex() == d) {
                    line.set(x[o], 1);
                }
            }
        }
        for (int p = 0; p < problem.poolCapacity.size(); p++) {
            Expression pool = model.addExpression("pool" + p).upper(problem.poolCapacity.get(p));
            problem.poolUse.get(p).forEach((option, perUnit) -> pool.set(x[option], perUnit));
        }
        for (int k = 0; k < problem.linkKeys.size(); k++) {
            int[] key = problem.linkKeys.get(k);
            Expression link = model.addExpression("link" + k).upper(0);
            problem.linkOptions.get(k).forEach(option -> link.set(x[option], 1));
            link.set(y[key[1]], -problem.demand[key[0]]);
        }
        Integer banks = bankCap(stage);
        if (banks != null && open == null) {
            Expression count = model.addExpression("banks").upper(banks);
            for (Variable bank : y) {
                count.set(bank, 1);
            }
        }
        if (stage.unmetCap() != null) {
            if (stage.unmetCap() <= ZERO) {
                for (Variable unmet : u) {
                    unmet.upper(0);
                }
            } else {
                Expression total = model.addExpression("unmet").upper(stage.unmetCap());
                for (Variable unmet : u) {
                    total.set(unmet, 1);
                }
            }
        }
        if (stage.costCap() != null) {
            Expression cost = model.addExpression("cost").upper(stage.costCap());
            for (int o = 0; o < n; o++) {
                cost.set(x[o], options.get(o).unitPrice().doubleValue());
            }
        }
        if (stage.tierCap() != null) {
            if (stage.tierCap() <= ZERO) {
                for (int o = 0; o < n; o++) {
                    if (options.get(o).tierRank() > 0) {
                        x[o].upper(0);
                    }
                }
            } else {
                Expression usage = model.addExpression("tier").upper(stage.tierCap());
                for (int o = 0; o < n; o++) {
                    usage.set(x[o], options.get(o).tierRank());
                }
            }
        }

        switch (stage.objective()) {
            case UNMET -> {
                for (Variable unmet : u) {
                    unmet.weight(1);
                }
            }
            case COST -> {
                for (int o = 0; o < n; o++) {
                    x[o].weight(options.get(o).unitPrice().doubleValue());
                }
            }
            case BANKS -> {
                for (Variable bank : y) {
                    bank.weight(1);
                }
            }
            case TIER_USAGE -> {
                for (int o = 0; o < n; o++) {
                    x[o].weight(options.get(o).tierRank());
                }
            }
            case OPTION_ORDER -> {
                for (int o = 0; o < n; o++) {
                    x[o].weight(orderWeight[o]);
                }
            }
        }

        Optimisation.Result result = model.minimise();
        Optimisation.State state = result.getState();
        if (!state.isFeasible()) {
            return null;
        }
        double[] xs = new double[n];
        for (int o = 0; o < n; o++) {
            xs[o] = result.doubleValue(o);
        }
        double[] us = new double[lines];
        for (int d = 0; d < lines; d++) {
            us[d] = result.doubleValue(n + d);
        }
        double[] ys = new double[y.length];
        for (int b = 0; b < y.length; b++) {
            ys[b] = result.doubleValue(n + lines + b);
        }
        double objective = stage.objective() == Stage.Objective.BANKS && (integer || open != null)
                ? banksUsed(xs) : result.getValue();
        return new Solution(objective, xs, us, ys, state.isOptimal());
    }
}
