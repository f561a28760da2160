package org.bngopt.solve;

/**
 * How the allocation model is built. Both have the same optimum in stages 1–4 (R10); only which of
 * several equally good rows stage 5 picks can differ.
 */
enum Formulation {
    /** Every option of R7 as its own variable, as rules.md writes it; the golden results are this form's. */
    FULL,
    /**
     * The exact reductions of docs/optimiser.md, measured solver facts: aggregated pairs without legal companions (A), lines
     * with identical options solved as one (C), and options and banks dominated by stock that never runs out (B, D).
     */
    REDUCED
}
