package org.bngopt.solve;

/**
 * Told as an optimisation passes its steps, so a caller can report progress or stop the work there
 * (by throwing).
 */
@FunctionalInterface
public interface Progress {
    /** {@code STAGE_SOLVED} comes after each lexicographic stage, so work can stop between stages. */
    enum Step { OPTIONS_BUILT, STAGE_SOLVED, SOLVED }

    Progress NONE = step -> { };

    void reached(Step step);
}
