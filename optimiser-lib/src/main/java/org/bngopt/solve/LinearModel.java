package org.bngopt.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear model with optional integer variables, in a form any {@link LinearEngine} can take:
 * variables with bounds (default 0 to ∞) and objective weights, and rows
 * {@code lower ≤ Σ coefficient × variable ≤ upper}. Built by {@link StageFormulation} for one solve.
 */
final class LinearModel {
    static final double INFINITY = Double.POSITIVE_INFINITY;

    /** One row; a side that does not bind is infinite. */
    record Row(int[] variables, double[] coefficients, double lower, double upper) {
    }

    /** The terms of a row as it is built. */
    static final class Terms {
        private int[] variables = new int[16];
        private double[] coefficients = new double[16];
        private int size;

        Terms add(int variable, double coefficient) {
            if (size == variables.length) {
                variables = Arrays.copyOf(variables, 2 * size);
                coefficients = Arrays.copyOf(coefficients, 2 * size);
            }
            variables[size] = variable;
            coefficients[size++] = coefficient;
            return this;
        }

        int size() {
            return size;
        }

        int[] variables() {
            return Arrays.copyOf(variables, size);
        }

        double[] coefficients() {
            return Arrays.copyOf(coefficients, size);
        }
    }

    final double[] lower;
    final double[] upper;
    final boolean[] integer;
    final double[] weight;
    final List<Row> rows = new ArrayList<>();
    /** A feasible point to start the search from, or null. */
    double[] hint;
    /** Whether the LP's reduced costs will be used, so an engine that gives them is preferred. */
    boolean reducedCostsWanted;
    /** The index of the bank-count row, whose dual an LP's solution reports; −1 when there is none. */
    int countRow = -1;

    LinearModel(int variables) {
        lower = new double[variables];
        upper = new double[variables];
        Arrays.fill(upper, INFINITY);
        integer = new boolean[variables];
        weight = new double[variables];
    }

    void addRow(Terms terms, double lower, double upper) {
        addRow(terms.variables(), terms.coefficients(), lower, upper);
    }

    void addRow(int[] variables, double[] coefficients, double lower, double upper) {
        rows.add(new Row(variables, coefficients, lower, upper));
    }

    int variables() {
        return weight.length;
    }

    boolean hasIntegers() {
        for (boolean isInteger : integer) {
            if (isInteger) {
                return true;
            }
        }
        return false;
    }
}
