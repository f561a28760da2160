package org.bngopt.solve;

import java.util.Arrays;

import static org.bngopt.solve.StageSolver.ZERO;

/**
 * The R8.1 model of one {@link Stage}: x per option, unmet per line, y per bank, the demand, pool and
 * (line, bank) link rows, and the optima held from earlier stages. Zero optima are held through
 * variable bounds rather than "≤ 1e-9" rows, which ojalgo can wrongly report infeasible
 * (docs/optimiser.md, measured solver facts).
 */
final class StageFormulation {
    /**
     * Options from which pool rows are scaled by the bank's binary. The tighter relaxation pays on large
     * models (stage 1 of 200 banks × 25 lines: 2.3 s to 0.35 s) but slows the small ones (docs/performance.md).
     */
    static final int POOLS_PER_BANK_FROM = 2_000;
    private final AllocationProblem problem;
    private final double[] orderWeight;

    StageFormulation(AllocationProblem problem, double[] orderWeight) {
        this.problem = problem;
        this.orderWeight = orderWeight;
    }

    /** How the bank variables y enter one solve. */
    enum Banks {
        /** y in [0, 1]: the LP relaxation. */
        RELAXED,
        /** y binary: the MILP. */
        BINARY,
        /** y = 1 for every usable bank: an LP over a chosen bank set, without the bank-count row. */
        OPEN
    }

    /**
     * One solve of the stage's model.
     *
     * @param usable banks that may deliver; null for all. The others' y is held at 0.
     * @param hint   a feasible allocation to start from, or null
     */
    StageSolver.Solution solve(Stage stage, long timeLimitMillis, Banks mode, boolean[] usable, StageSolver.Solution hint) {
        long start = System.nanoTime();
        StageColumns columns = new StageColumns(problem, stage, usable);
        LinearModel model = build(stage, mode, columns, hint);
        model.reducedCostsWanted = mode == Banks.RELAXED && stage.needsBinaries();
        long built = System.nanoTime();
        LinearEngine engine = LinearEngine.forModel(model);
        LinearEngine.Solution solution = engine.solve(model, timeLimitMillis);
        SolveTrace.engineCall(stage.name(), mode, engine, model, columns.openBanks(), built - start, System.nanoTime() - built, solution);
        if (solution == null) {
            return null;
        }
        StageSolver.Solution found = columns.solution(stage, mode, solution);
        return mode == Banks.BINARY && engine instanceof ScipEngine ? polished(stage, timeLimitMillis, found) : found;
    }

    /** The stage's MILP on SCIP, which also tells a proof that it has no solution ({@code infeasible}) from running out of time. */
    record Search(StageSolver.Solution solution, boolean infeasible) {
    }

    Search search(Stage stage, long timeLimitMillis) {
        long start = System.nanoTime();
        StageColumns columns = new StageColumns(problem, stage, null);
        LinearModel model = build(stage, Banks.BINARY, columns, null);
        ScipEngine.Search found = ScipEngine.INSTANCE.search(model, timeLimitMillis);
        SolveTrace.log("stage %-14s search over %d banks: %.1f ms, %s", stage.name(), columns.openBanks(), (System.nanoTime() - start) / 1e6,
                found.infeasible() ? "infeasible" : found.solution() == null ? "unknown" : found.solution().objective());
        return new Search(found.solution() == null ? null
                : polished(stage, timeLimitMillis, columns.solution(stage, Banks.BINARY, found.solution())), found.infeasible());
    }

    /**
     * A native MILP's solution re-solved as an LP over its banks. SCIP meets rows only within its
     * feasibility tolerance (1e-6 units, pennies at these prices), so a cost held from its solution can
     * be a little below what an exact LP over the same banks reaches, and the later stages' LPs over
     * those banks were then refused as infeasible (200 banks × 100 lines: 17 s of MILPs instead). The
     * LP's solution is the exact optimum for those banks; the MILP's is kept when the LP fails.
     */
    private StageSolver.Solution polished(Stage stage, long timeLimitMillis, StageSolver.Solution milp) {
        StageSolver.Solution exact = solve(stage, timeLimitMillis, Banks.OPEN, problem.banksDelivering(milp.x()), null);
        if (exact == null) {
            return milp;
        }
        double objective = stage.objective() == Stage.Objective.BANKS ? problem.banksUsed(exact.x()) : exact.objective();
        return new StageSolver.Solution(objective, exact.x(), exact.unmet(), milp.optimal());
    }

    /** Whether the stage's MILP has a solution, by SCIP, whose "infeasible" is a proof; null when not known in time. */
    Boolean feasible(Stage stage, long timeLimitMillis) {
        LinearModel model = build(stage, Banks.BINARY, new StageColumns(problem, stage, null), null);
        // Without an objective the first solution found ends the search.
        Arrays.fill(model.weight, 0);
        return ScipEngine.INSTANCE.feasible(model, timeLimitMillis);
    }

    private LinearModel build(Stage stage, Banks mode, StageColumns columns, StageSolver.Solution hint) {
        int n = problem.options.size();
        int lines = problem.demand.length;
        int banks = problem.banks.size();
        int firstUnmet = columns.firstUnmet;
        int firstBank = columns.firstBank;
        LinearModel model = new LinearModel(columns.options + lines + banks);
        for (int o = 0; o < n; o++) {
            if (columns.of[o] >= 0) {
                model.upper[columns.of[o]] = problem.upper[o];
            }
        }
        for (int b = 0; b < banks; b++) {
            int y = firstBank + b;
            model.upper[y] = columns.open[b] ? 1 : 0;
            // Without a bank limit or count, y plays no part: held open, its rows become plain bounds.
            model.lower[y] = columns.open[b] && (mode == Banks.OPEN || !stage.needsBinaries()) ? 1 : 0;
            model.integer[y] = mode == Banks.BINARY;
        }

        LinearModel.Terms[] demand = new LinearModel.Terms[lines];
        for (int d = 0; d < lines; d++) {
            demand[d] = new LinearModel.Terms().add(firstUnmet + d, 1);
        }
        for (int o = 0; o < n; o++) {
            if (columns.of[o] >= 0 && problem.options.get(o).delivers()) {
                demand[problem.lineOf[o]].add(columns.of[o], 1);
            }
        }
        for (int d = 0; d < lines; d++) {
            model.addRow(demand[d], problem.demand[d], problem.demand[d]);
        }
        boolean poolsPerBank = n >= POOLS_PER_BANK_FROM;
        for (int p = 0; p < problem.poolCapacity.length; p++) {
            if (!columns.open[problem.poolBank[p]]) {
                continue;
            }
            LinearModel.Terms pool = columns.terms(problem.poolOptions[p], problem.poolUse[p]);
            if (poolsPerBank) {
                // Σ use ≤ capacity × y_bank: the same for a binary y, and a tighter relaxation than a constant capacity.
                model.addRow(pool.add(firstBank + problem.poolBank[p], -problem.poolCapacity[p]), -LinearModel.INFINITY, 0);
            } else {
                model.addRow(pool, -LinearModel.INFINITY, problem.poolCapacity[p]);
            }
        }
        for (int g = 0; g < problem.balanceOptions.length; g++) {
            LinearModel.Terms balance = columns.terms(problem.balanceOptions[g], problem.balanceCoefficients[g]);
            if (balance.size() > 0) {
                model.addRow(balance, 0, 0);
            }
        }
        for (int k = 0; k < problem.linkOptions.length; k++) {
            if (columns.open[problem.linkBank[k]]) {
                LinearModel.Terms link = columns.terms(problem.linkOptions[k], null);
                model.addRow(link.add(firstBank + problem.linkBank[k], -problem.demand[problem.linkLine[k]]), -LinearModel.INFINITY, 0);
            }
        }
        Integer cap = stage.bankCap();
        if (cap != null && mode != Banks.OPEN) {
            LinearModel.Terms count = new LinearModel.Terms();
            for (int b = 0; b < banks; b++) {
                count.add(firstBank + b, 1);
            }
            model.countRow = model.rows.size();
            model.addRow(count, -LinearModel.INFINITY, cap);
        }
        if (stage.someBankOf() != null) {
            LinearModel.Terms some = new LinearModel.Terms();
            for (int b = 0; b < banks; b++) {
                if (stage.someBankOf()[b]) {
                    some.add(firstBank + b, 1);
                }
            }
            model.addRow(some, 1, LinearModel.INFINITY);
        }
        if (stage.unmetCap() != null) {
            if (stage.unmetCap() <= ZERO) {
                for (int d = 0; d < lines; d++) {
                    model.upper[firstUnmet + d] = 0;
                }
            } else {
                LinearModel.Terms total = new LinearModel.Terms();
                for (int d = 0; d < lines; d++) {
                    total.add(firstUnmet + d, 1);
                }
                model.addRow(total, -LinearModel.INFINITY, stage.unmetCap());
            }
        }
        if (stage.costCap() != null) {
            model.addRow(columns.weighted(problem.price), -LinearModel.INFINITY, stage.costCap());
        }
        if (stage.tierCap() != null) {
            if (stage.tierCap() <= ZERO) {
                for (int o = 0; o < n; o++) {
                    if (columns.of[o] >= 0 && problem.tierWeight[o] > 0) {
                        model.upper[columns.of[o]] = 0;
                    }
                }
            } else {
                model.addRow(columns.weighted(problem.tierWeight), -LinearModel.INFINITY, stage.tierCap());
            }
        }

        double[] optionWeight = switch (stage.objective()) {
            case COST -> problem.price;
            case TIER_USAGE -> problem.tierWeight;
            case OPTION_ORDER -> orderWeight;
            case UNMET, BANKS -> null;
        };
        if (optionWeight != null) {
            for (int o = 0; o < n; o++) {
                if (columns.of[o] >= 0) {
                    model.weight[columns.of[o]] = optionWeight[o];
                }
            }
        }
        if (stage.objective() == Stage.Objective.UNMET) {
            Arrays.fill(model.weight, firstUnmet, firstUnmet + lines, 1);
        }
        if (stage.objective() == Stage.Objective.BANKS) {
            Arrays.fill(model.weight, firstBank, firstBank + banks, 1);
        }

        if (hint != null) {
            model.hint = columns.hint(hint, model.variables());
        }
        return model;
    }

    /** The stage's objective at a solution of another stage, which is feasible for this one. */
    double objectiveAt(Stage.Objective objective, StageSolver.Solution solution) {
        double total = 0;
        for (int o = 0; o < solution.x().length; o++) {
            double weight = switch (objective) {
                case UNMET, BANKS -> 0;
                case COST -> problem.price[o];
                case TIER_USAGE -> problem.tierWeight[o];
                case OPTION_ORDER -> orderWeight[o];
            };
            total += weight * solution.x()[o];
        }
        return switch (objective) {
            case UNMET -> Arrays.stream(solution.unmet()).sum();
            case BANKS -> problem.banksUsed(solution.x());
            default -> total;
        };
    }
}
