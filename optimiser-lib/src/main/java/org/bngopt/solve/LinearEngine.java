package org.bngopt.solve;

/**
 * Solves a {@link LinearModel}: ojalgo (pure Java) or SCIP/Glop through OR-Tools (native). The engine
 * is chosen per model by {@link #forModel}; the system property {@code bng.solver.engine}
 * ({@code ojalgo}, {@code scip} or {@code auto}) overrides it, for side-by-side benchmarks.
 */
interface LinearEngine {
    /** LP variables from which Glop is used: below it ojalgo is faster (no native call, warm JIT). */
    int NATIVE_LP_FROM = 2_000;
    /**
     * MILP variables from which SCIP is used, its search beating ojalgo's from about here; also the
     * relaxations before such a MILP, for Glop's reduced costs (docs/performance.md).
     */
    int NATIVE_MILP_FROM = 150;

    /**
     * The values of the variables and the objective; {@code proven} is false when a limit stopped the
     * search. {@code reducedCosts} are those of an LP's optimum, or null when the engine gives none, and
     * {@code countDual} the dual of its bank-count row (≤ 0), or NaN.
     */
    record Solution(double[] values, double objective, boolean proven, double[] reducedCosts, double countDual) {
        Solution(double[] values, double objective, boolean proven) {
            this(values, objective, proven, null, Double.NaN);
        }
    }

    /** @return the optimum, the best solution found in time, or null when there is none */
    Solution solve(LinearModel model, long timeLimitMillis);

    /** Whether SCIP may be used at all: not when {@code bng.solver.engine=ojalgo} asks for pure Java. */
    static boolean nativeAllowed() {
        return !"ojalgo".equals(System.getProperty("bng.solver.engine", "auto"));
    }

    static LinearEngine forModel(LinearModel model) {
        String chosen = System.getProperty("bng.solver.engine", "auto");
        boolean scip = chosen.equals("scip") || chosen.equals("auto")
                && model.variables() >= (model.hasIntegers() || model.reducedCostsWanted ? NATIVE_MILP_FROM : NATIVE_LP_FROM);
        return scip ? ScipEngine.INSTANCE : OjalgoEngine.INSTANCE;
    }
}
