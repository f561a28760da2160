package org.bngopt.solve;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/** {@link LinearEngine} on ojalgo's {@link ExpressionsBasedModel}. The solver state is checked before any value is read. */
final class OjalgoEngine implements LinearEngine {
    static final OjalgoEngine INSTANCE = new OjalgoEngine();

    private OjalgoEngine() {
    }

    @Override
    public Solution solve(LinearModel linear, long timeLimitMillis) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.time_abort = Math.max(1, timeLimitMillis);
        // A relative gap of 1e-9 proves cost to well under a penny on any realistic quote (docs/optimiser.md, measured solver facts).
        model.options.integer(IntegerStrategy.DEFAULT.withGapTolerance(NumberContext.of(9)));
        Variable[] variables = new Variable[linear.variables()];
        for (int v = 0; v < variables.length; v++) {
            Variable variable = model.addVariable("v" + v).lower(linear.lower[v]);
            if (linear.upper[v] != LinearModel.INFINITY) {
                variable.upper(linear.upper[v]);
            }
            if (linear.integer[v]) {
                variable.integer(true);
            }
            if (linear.weight[v] != 0) {
                variable.weight(linear.weight[v]);
            }
            variables[v] = variable;
        }
        int r = 0;
        for (LinearModel.Row row : linear.rows) {
            Expression expression = model.addExpression("r" + r++);
            if (row.lower() == row.upper()) {
                expression.level(row.lower());
            } else {
                if (row.lower() != -LinearModel.INFINITY) {
                    expression.lower(row.lower());
                }
                if (row.upper() != LinearModel.INFINITY) {
                    expression.upper(row.upper());
                }
            }
            for (int t = 0; t < row.variables().length; t++) {
                expression.set(variables[row.variables()[t]], row.coefficients()[t]);
            }
        }
        Optimisation.Result result = model.minimise();
        Optimisation.State state = result.getState();
        if (!state.isFeasible()) {
            return null;
        }
        double[] values = new double[variables.length];
        for (int v = 0; v < values.length; v++) {
            values[v] = result.doubleValue(v);
        }
        return new Solution(values, result.getValue(), state.isOptimal());
    }
}
