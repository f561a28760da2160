package org.bngopt.solve;

import java.util.Arrays;

/**
 * The model's columns: the options at usable banks only (the others can deliver nothing), then unmet
 * per line, then y per bank. A model over a few banks is much smaller to build and to presolve.
 */
final class StageColumns {
    private final AllocationProblem problem;
    final int[] of;
    final boolean[] open;
    final int options;
    final int firstUnmet;
    final int firstBank;

    StageColumns(AllocationProblem problem, Stage stage, boolean[] usable) {
        this.problem = problem;
        open = new boolean[problem.banks.size()];
        for (int b = 0; b < open.length; b++) {
            open[b] = (usable == null || usable[b]) && (stage.onlyBanks() == null || stage.onlyBanks()[b]);
        }
        of = new int[problem.options.size()];
        int count = 0;
        for (int o = 0; o < of.length; o++) {
            of[o] = open[problem.bankOf[o]] ? count++ : -1;
        }
        options = count;
        firstUnmet = count;
        firstBank = count + problem.demand.length;
    }

    /** An engine's solution of these columns as the stage's: units per option, unmet per line, bank reduced costs. */
    StageSolver.Solution solution(Stage stage, StageFormulation.Banks mode, LinearEngine.Solution solution) {
        int n = problem.options.size();
        double[] values = solution.values();
        double[] xs = new double[n];
        for (int o = 0; o < n; o++) {
            int column = of[o];
            // Units at a closed bank are within the engine's feasibility tolerance of 0: they are noise.
            boolean noise = column < 0 || mode != StageFormulation.Banks.RELAXED && values[firstBank + problem.bankOf[o]] < 0.5;
            xs[o] = noise ? 0 : values[column];
        }
        double[] us = Arrays.copyOfRange(values, firstUnmet, firstUnmet + problem.demand.length);
        double objective = stage.objective() == Stage.Objective.BANKS && mode != StageFormulation.Banks.RELAXED
                ? problem.banksUsed(xs) : solution.objective();
        double[] bankReducedCosts = solution.reducedCosts() == null ? null
                : Arrays.copyOfRange(solution.reducedCosts(), firstBank, firstBank + problem.banks.size());
        return new StageSolver.Solution(objective, xs, us, solution.proven(), bankReducedCosts, solution.countDual());
    }

    /** A feasible allocation of any stage as a starting point in these columns: its units, its banks open, its unmet units. */
    double[] hint(StageSolver.Solution solution, int variables) {
        double[] hint = new double[variables];
        for (int o = 0; o < of.length; o++) {
            if (of[o] >= 0) {
                hint[of[o]] = solution.x()[o];
            }
            if (solution.x()[o] > StageSolver.ZERO) {
                hint[firstBank + problem.bankOf[o]] = 1;
            }
        }
        System.arraycopy(solution.unmet(), 0, hint, firstUnmet, problem.demand.length);
        return hint;
    }

    int openBanks() {
        int count = 0;
        for (boolean bank : open) {
            count += bank ? 1 : 0;
        }
        return count;
    }

    /** The terms of a row over options, without those at closed banks. */
    LinearModel.Terms terms(int[] optionIndices, double[] coefficients) {
        LinearModel.Terms terms = new LinearModel.Terms();
        for (int t = 0; t < optionIndices.length; t++) {
            if (of[optionIndices[t]] >= 0) {
                terms.add(of[optionIndices[t]], coefficients == null ? 1 : coefficients[t]);
            }
        }
        return terms;
    }

    LinearModel.Terms weighted(double[] perOption) {
        LinearModel.Terms terms = new LinearModel.Terms();
        for (int o = 0; o < of.length; o++) {
            if (of[o] >= 0 && perOption[o] != 0) {
                terms.add(of[o], perOption[o]);
            }
        }
        return terms;
    }
}
