package org.bngopt.solve;

/**
 * Solves a {@link LinearModel}: ojalgo (pure Java) or SCIP through OR-Tools (native). The engine is
 * chosen per problem size by {@link #forSize}; the system property {@code bng.solver.engine}
 * ({@code ojalgo}, {@code scip} or {@code auto}) overrides it, for side-by-side benchmarks.
 */
interface LinearEngine {
    /** Options above which SCIP is used: below it ojalgo is faster (no native call, warm JIT). */
    int SCIP_FROM_OPTIONS = 2_000;

    /**
     * The values of the variables and the objective; {@code proven} is false when a limit stopped the
     * search. {@code reducedCosts} are those of an LP's optimum, or null when the engine gives none.
     */
    record Solution(double[] values, double objective, boolean proven, double[] reducedCosts) {
    }

    /** @return the optimum, the best solution found in time, or null when there is none */
    Solution solve(LinearModel model, long timeLimitMillis);

    static LinearEngine forSize(int options) {
        String chosen = System.getProperty("bng.solver.engine", "auto");
        boolean scip = chosen.equals("scip") || chosen.equals("auto") && options >= SCIP_FROM_OPTIONS;
        return scip ? ScipEngine.INSTANCE : OjalgoEngine.INSTANCE;
    }
}
