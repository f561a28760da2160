package org.bngopt.solve;

import java.util.Locale;

/**
 * A line on standard error per engine call when the system property {@code bng.solver.trace} is true:
 * what profiling the stages needs (which stage, which engine, model size, nodes, time). Off by default,
 * so the CLI's output and the server's log stay as they are.
 */
final class SolveTrace {
    static final boolean ON = Boolean.getBoolean("bng.solver.trace");

    private SolveTrace() {
    }

    /** One engine call: the stage, how its banks entered, the engine, the model's size, the times and the result. */
    static void engineCall(String stage, StageFormulation.Banks mode, LinearEngine engine, LinearModel model, int banks,
                           long buildNanos, long solveNanos, LinearEngine.Solution solution) {
        log("stage %-14s %-7s %-6s vars %6d rows %6d banks %4d build %7.1f ms solve %8.1f ms %s", stage, mode,
                engine.getClass().getSimpleName().replace("Engine", ""), model.variables(), model.rows.size(), banks,
                buildNanos / 1e6, solveNanos / 1e6,
                solution == null ? "none" : (solution.proven() ? "proven " : "unproven ") + solution.objective());
    }

    static void log(String format, Object... arguments) {
        if (ON) {
            System.err.printf(Locale.ROOT, format + "%n", arguments);
        }
    }
}
