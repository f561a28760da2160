package org.bngopt.solve;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import static org.bngopt.solve.StageSolver.ZERO;

/**
 * The R8.1 model of one {@link Stage}: x per option, unmet per line, y per bank, the demand, pool and
 * (line, bank) link rows, and the optima held from earlier stages. Zero optima are held through
 * variable bounds rather than "≤ 1e-9" rows, which ojalgo can wrongly report infeasible
 * (solver-notes.md).
 */
final class StageFormulation {
    private final AllocationProblem problem;
    private final double[] orderWeight;
    private final ToIntFunction<double[]> banksUsed;
    private final LinearEngine engine;

    StageFormulation(AllocationProblem problem, double[] orderWeight, ToIntFunction<double[]> banksUsed, LinearEngine engine) {
        this.problem = problem;
        this.orderWeight = orderWeight;
        this.banksUsed = banksUsed;
        this.engine = engine;
    }

    /**
     * One solve of the stage's model: with binary bank variables, as the LP relaxation, or as an LP with
     * only the banks in {@code open} usable.
     */
    StageSolver.Solution solve(Stage stage, long timeLimitMillis, boolean integer, boolean[] open) {
        List<Option> options = problem.options;
        int n = options.size();
        int lines = problem.demand.length;
        int banks = problem.banks.size();
        int firstUnmet = n;
        int firstBank = n + lines;
        LinearModel model = new LinearModel(n + lines + banks);
        for (int b = 0; b < banks; b++) {
            int y = firstBank + b;
            model.upper[y] = 1;
            if (open != null) {
                model.lower[y] = open[b] ? 1 : 0;
                model.upper[y] = open[b] ? 1 : 0;
            } else {
                model.integer[y] = integer;
            }
        }

        LinearModel.Terms[] demand = new LinearModel.Terms[lines];
        for (int d = 0; d < lines; d++) {
            demand[d] = new LinearModel.Terms().add(firstUnmet + d, 1);
        }
        for (int o = 0; o < n; o++) {
            demand[options.get(o).lineIndex()].add(o, 1);
        }
        for (int d = 0; d < lines; d++) {
            model.addRow(demand[d], problem.demand[d], problem.demand[d]);
        }
        for (int p = 0; p < problem.poolCapacity.size(); p++) {
            LinearModel.Terms pool = new LinearModel.Terms();
            problem.poolUse.get(p).forEach((option, perUnit) -> pool.add(option, perUnit));
            model.addRow(pool, -LinearModel.INFINITY, problem.poolCapacity.get(p));
        }
        for (int k = 0; k < problem.linkKeys.size(); k++) {
            int[] key = problem.linkKeys.get(k);
            LinearModel.Terms link = new LinearModel.Terms();
            problem.linkOptions.get(k).forEach(option -> link.add(option, 1));
            link.add(firstBank + key[1], -problem.demand[key[0]]);
            model.addRow(link, -LinearModel.INFINITY, 0);
        }
        Integer cap = stage.bankCap();
        if (cap != null && open == null) {
            LinearModel.Terms count = new LinearModel.Terms();
            for (int b = 0; b < banks; b++) {
                count.add(firstBank + b, 1);
            }
            model.addRow(count, -LinearModel.INFINITY, cap);
        }
        if (stage.unmetCap() != null) {
            if (stage.unmetCap() <= ZERO) {
                for (int d = 0; d < lines; d++) {
                    model.upper[firstUnmet + d] = 0;
                }
            } else {
                LinearModel.Terms total = new LinearModel.Terms();
                for (int d = 0; d < lines; d++) {
                    total.add(firstUnmet + d, 1);
                }
                model.addRow(total, -LinearModel.INFINITY, stage.unmetCap());
            }
        }
        if (stage.costCap() != null) {
            LinearModel.Terms cost = new LinearModel.Terms();
            for (int o = 0; o < n; o++) {
                cost.add(o, options.get(o).unitPrice().doubleValue());
            }
            model.addRow(cost, -LinearModel.INFINITY, stage.costCap());
        }
        if (stage.tierCap() != null) {
            if (stage.tierCap() <= ZERO) {
                for (int o = 0; o < n; o++) {
                    if (options.get(o).tierRank() > 0) {
                        model.upper[o] = 0;
                    }
                }
            } else {
                LinearModel.Terms usage = new LinearModel.Terms();
                for (int o = 0; o < n; o++) {
                    usage.add(o, options.get(o).tierRank());
                }
                model.addRow(usage, -LinearModel.INFINITY, stage.tierCap());
            }
        }

        switch (stage.objective()) {
            case UNMET -> {
                for (int d = 0; d < lines; d++) {
                    model.weight[firstUnmet + d] = 1;
                }
            }
            case COST -> {
                for (int o = 0; o < n; o++) {
                    model.weight[o] = options.get(o).unitPrice().doubleValue();
                }
            }
            case BANKS -> {
                for (int b = 0; b < banks; b++) {
                    model.weight[firstBank + b] = 1;
                }
            }
            case TIER_USAGE -> {
                for (int o = 0; o < n; o++) {
                    model.weight[o] = options.get(o).tierRank();
                }
            }
            case OPTION_ORDER -> System.arraycopy(orderWeight, 0, model.weight, 0, n);
        }

        LinearEngine.Solution solution = engine.solve(model, timeLimitMillis);
        if (solution == null) {
            return null;
        }
        double[] xs = Arrays.copyOfRange(solution.values(), 0, n);
        double[] us = Arrays.copyOfRange(solution.values(), firstUnmet, firstUnmet + lines);
        double objective = stage.objective() == Stage.Objective.BANKS && (integer || open != null)
                ? banksUsed.applyAsInt(xs) : solution.objective();
        return new StageSolver.Solution(objective, xs, us, solution.proven());
    }
}
