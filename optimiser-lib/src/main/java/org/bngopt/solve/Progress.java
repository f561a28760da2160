package org.bngopt.solve;

/**
 * Told as an optimisation passes its steps, so a caller can report progress or stop the work there
 * (by throwing).
 */
@FunctionalInterface
public interface Progress {
    enum Step { OPTIONS_BUILT, SOLVED }

    Progress NONE = step -> { };

    void reached(Step step);
}
