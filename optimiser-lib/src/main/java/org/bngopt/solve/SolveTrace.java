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

    static void log(String format, Object... arguments) {
        if (ON) {
            System.err.printf(Locale.ROOT, format + "%n", arguments);
        }
    }
}
