package org.bngopt.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * {@link LinearEngine} on SCIP (and Glop for models without integers) through OR-Tools' Java binding,
 * whose native libraries ship in the jar and load once per JVM.
 */
final class ScipEngine implements LinearEngine {
    static final ScipEngine INSTANCE;

    static {
        // Only when SCIP is first chosen (or warmed up): ojalgo-only use never loads the natives.
        Loader.loadNativeLibraries();
        INSTANCE = new ScipEngine();
    }

    private ScipEngine() {
    }

    /** An optimum or the best solution found in time, or none: {@code infeasible} when SCIP or Glop proved there is none. */
    record Search(Solution solution, boolean infeasible) {
    }

    @Override
    public Solution solve(LinearModel linear, long timeLimitMillis) {
        return search(linear, timeLimitMillis).solution();
    }

    Search search(LinearModel linear, long timeLimitMillis) {
        MPSolver solver = MPSolver.createSolver(linear.hasIntegers() ? "SCIP" : "GLOP");
        try {
            MPVariable[] variables = load(solver, linear);
            MPConstraint count = linear.countRow < 0 ? null : solver.constraint(linear.countRow);
            MPSolver.ResultStatus status = solve(solver, timeLimitMillis);
            if (linear.hasIntegers()) {
                SolveTrace.log("  SCIP %s after %d nodes", status, solver.nodes());
            }
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Search(null, status == MPSolver.ResultStatus.INFEASIBLE);
            }
            double[] values = new double[variables.length];
            double[] reducedCosts = linear.hasIntegers() ? null : new double[variables.length];
            for (int v = 0; v < values.length; v++) {
                values[v] = variables[v].solutionValue();
                if (reducedCosts != null) {
                    reducedCosts[v] = variables[v].reducedCost();
                }
            }
            double countDual = reducedCosts == null || count == null ? Double.NaN : count.dualValue();
            return new Search(new Solution(values, solver.objective().value(), status == MPSolver.ResultStatus.OPTIMAL, reducedCosts,
                    countDual), false);
        } finally {
            solver.delete();
        }
    }

    /** Whether the model has a solution: true or false when SCIP decides it in time, else null. */
    Boolean feasible(LinearModel linear, long timeLimitMillis) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        try {
            load(solver, linear);
            MPSolver.ResultStatus status = solve(solver, timeLimitMillis);
            SolveTrace.log("  SCIP feasibility %s after %d nodes, %d ms", status, solver.nodes(), solver.wallTime());
            return switch (status) {
                case OPTIMAL, FEASIBLE -> true;
                case INFEASIBLE -> false;
                default -> null;
            };
        } finally {
            solver.delete();
        }
    }

    private static MPVariable[] load(MPSolver solver, LinearModel linear) {
        double infinity = MPSolver.infinity();
        MPVariable[] variables = new MPVariable[linear.variables()];
        MPObjective objective = solver.objective();
        for (int v = 0; v < variables.length; v++) {
            double upper = linear.upper[v] == LinearModel.INFINITY ? infinity : linear.upper[v];
            variables[v] = solver.makeVar(linear.lower[v], upper, linear.integer[v], "v" + v);
            if (linear.weight[v] != 0) {
                objective.setCoefficient(variables[v], linear.weight[v]);
            }
        }
        objective.setMinimization();
        for (LinearModel.Row row : linear.rows) {
            MPConstraint constraint = solver.makeConstraint(row.lower() == -LinearModel.INFINITY ? -infinity : row.lower(),
                    row.upper() == LinearModel.INFINITY ? infinity : row.upper());
            for (int t = 0; t < row.variables().length; t++) {
                constraint.setCoefficient(variables[row.variables()[t]], row.coefficients()[t]);
            }
        }
        if (linear.hint != null) {
            solver.setHint(variables, linear.hint);
        }
        return variables;
    }

    private static MPSolver.ResultStatus solve(MPSolver solver, long timeLimitMillis) {
        solver.setTimeLimit(Math.max(1, timeLimitMillis));

        MPSolverParameters parameters = new MPSolverParameters();
        // The same proof standard as with ojalgo: a relative gap of 1e-9.
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        return solver.solve(parameters);
    }
}
