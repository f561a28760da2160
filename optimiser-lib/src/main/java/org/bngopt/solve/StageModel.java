package org.bngopt.solve;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

import java.util.List;
import java.util.function.ToIntFunction;

import static org.bngopt.solve.StageSolver.ZERO;

/**
 * The R8.1 model of one {@link Stage} on ojalgo: x per option, unmet per line, y per bank, the demand,
 * pool and (line, bank) link constraints, and the optima held from earlier stages. Zero optima are
 * held through variable bounds rather than "≤ 1e-9" constraints, which ojalgo can wrongly report
 * infeasible (solver-notes.md). The solver state is checked before any value is read.
 */
final class StageModel {
    private final AllocationProblem problem;
    private final double[] orderWeight;
    private final ToIntFunction<double[]> banksUsed;

    StageModel(AllocationProblem problem, double[] orderWeight, ToIntFunction<double[]> banksUsed) {
        this.problem = problem;
        this.orderWeight = orderWeight;
        this.banksUsed = banksUsed;
    }

    /**
     * One solve of the stage's model: with binary bank variables, as the LP relaxation, or as an LP with
     * only the banks in {@code open} usable.
     */
    StageSolver.Solution solve(Stage stage, long timeLimitMillis, boolean integer, boolean[] open) {
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
        Integer banks = stage.bankCap();
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
        double objective = stage.objective() == Stage.Objective.BANKS && (integer || open != null)
                ? banksUsed.applyAsInt(xs) : result.getValue();
        return new StageSolver.Solution(objective, xs, us, state.isOptimal());
    }
}
