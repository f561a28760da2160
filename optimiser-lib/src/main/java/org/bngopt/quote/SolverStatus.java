package org.bngopt.quote;

/** Whether every stage was proven optimal, or the time limit cut one short (§12). */
public enum SolverStatus {
    OPTIMAL, TIME_LIMIT
}
