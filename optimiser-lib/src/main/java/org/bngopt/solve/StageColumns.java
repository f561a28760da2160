package org.bngopt.solve;

/**
 * The model's columns: the options at usable banks only (the others can deliver nothing), then unmet
 * per line, then y per bank. A model over a few banks is much smaller to build and to presolve.
 */
final class StageColumns {
    final int[] of;
    final boolean[] open;
    final int options;
    final int firstUnmet;
    final int firstBank;

    StageColumns(AllocationProblem problem, Stage stage, boolean[] usable) {
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
