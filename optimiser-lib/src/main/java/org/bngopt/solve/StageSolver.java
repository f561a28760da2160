package org.bngopt.solve;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Solves one {@link Stage} exactly. The LP relaxation is solved first: when its solution already
 * respects the bank cap it is also the MILP optimum, and no branching is needed. Otherwise the best
 * known solution (the previous stage's, or an LP over a few banks) lets {@link BankPricing} hold the
 * binaries of banks that cannot be in a better solution at 0; on large models a MILP over the
 * relaxation's banks first finds a near-optimal incumbent, and for stages 4 and 5 SCIP may prove that no
 * other banks fit at all. The MILP engine (ojalgo for small models, SCIP for larger ones:
 * {@link LinearEngine}) then solves the rest, or {@link BankSetEnumeration} when ojalgo wrongly rejects it.
 */
final class StageSolver {
    static final double ZERO = 1e-9;

    /**
     * The solution of one stage: its objective, the delivered units per option, and whether it is
     * proven; an LP's bank reduced costs and the dual of its bank-count row when the engine gives them,
     * else null and NaN.
     */
    record Solution(double objective, double[] x, double[] unmet, boolean optimal, double[] bankReducedCosts, double countDual) {
        Solution(double objective, double[] x, double[] unmet, boolean optimal) {
            this(objective, x, unmet, optimal, null, Double.NaN);
        }
    }

    private final AllocationProblem problem;
    private final StageFormulation model;
    private final BankPricing pricing;
    private OnlyBanks provenOnly;
    private final SolvedLps lps;
    private final SearchElsewhere searchElsewhere;

    StageSolver(AllocationProblem problem, double[] orderWeight) {
        this.problem = problem;
        this.model = new StageFormulation(problem, orderWeight);
        this.pricing = new BankPricing(problem, model);
        this.lps = new SolvedLps(model);
        this.searchElsewhere = new SearchElsewhere(problem, model, pricing, lps);
    }

    /**
     * @param feasible a solution known to satisfy the stage's constraints (the previous stage's), or null
     * @return the stage's optimum, or null when the stage is infeasible
     */
    Solution solve(Stage stage, long timeLimitMillis, Solution feasible) {
        if (stage.onlyBanks() == null && provenOnly != null && provenOnly.holdsFor(stage)) {
            Solution restricted = solve(stage.restrictedTo(provenOnly.banks()), timeLimitMillis, feasible);
            if (restricted != null) {
                return restricted;
            }
            // The engine rejected the LP over those banks: the held cost comes from another engine's solution,
            // feasible only within that engine's tolerances. Search all banks instead.
            provenOnly = null;
        }
        boolean[] withinCostCap = pricing.withinCostCap(stage, feasible);
        Solution relaxed = lps.relaxation(stage, timeLimitMillis, withinCostCap);
        boolean cheapest = stage.objective() == Stage.Objective.COST && stage.costCap() == null;
        if (cheapest) {
            pricing.cheapestRelaxation(stage, relaxed);
        }
        if (relaxed == null || !stage.needsBinaries()) {
            return relaxed;
        }
        Integer cap = stage.bankCap();
        if (stage.objective() != Stage.Objective.BANKS && (cap == null || problem.banksUsed(relaxed.x()) <= cap)) {
            return relaxed;
        }
        Solution incumbent = feasible == null ? null
                : new Solution(model.objectiveAt(stage.objective(), feasible), feasible.x(), feasible.unmet(), false);
        boolean uniquenessTest = feasible != null && stage.costCap() != null && stage.banksAllowed() != null
                && stage.onlyBanks() == null && problem.options.size() >= LinearEngine.NATIVE_MILP_FROM && LinearEngine.nativeAllowed();
        if (stage.objective() != Stage.Objective.BANKS) {
            if (!uniquenessTest) {
                incumbent = better(incumbent, lps.openOnly(stage, timeLimitMillis, busiestBanks(relaxed, cap)));
            }
            if (feasible != null) {
                incumbent = better(incumbent, lps.openOnly(stage, timeLimitMillis, problem.banksDelivering(feasible.x())));
            }
        }
        if (incumbent != null && BankPricing.reachesBound(stage, relaxed, incumbent)) {
            return proven(incumbent);
        }
        boolean[] usable = pricing.notPricedOut(stage, relaxed, incumbent, withinCostCap);
        if (!uniquenessTest && problem.options.size() >= LinearEngine.NATIVE_LP_FROM && incumbent != null) {
            incumbent = better(incumbent, withinSupport(stage, timeLimitMillis / 4, relaxed, incumbent, usable));
            if (BankPricing.reachesBound(stage, relaxed, incumbent)) {
                return proven(incumbent);
            }
            usable = pricing.notPricedOut(stage, relaxed, incumbent, withinCostCap);
        }
        if (incumbent != null && usable != null) {
            usable = pricing.repriced(stage, timeLimitMillis, incumbent, usable, withinCostCap, cheapest);
            if (usable == null) {
                return proven(incumbent);
            }
        }
        if (cheapest && searchElsewhere.appliesTo(incumbent)) {
            SearchElsewhere.Found found = searchElsewhere.run(stage, relaxed, incumbent, timeLimitMillis);
            if (found != null) {
                provenOnly = found.only() != null ? found.only() : provenOnly;
                return found.optimum();
            }
        }
        if (uniquenessTest) {
            boolean[] only = onlyBanksOf(usable == null ? stage : stage.restrictedTo(usable), incumbent, timeLimitMillis);
            if (only != null) {
                Solution restricted = solve(stage.restrictedTo(only), timeLimitMillis, feasible);
                if (restricted != null) {
                    return restricted;
                }
                // As above: the engine rejected the LP over those banks.
                provenOnly = null;
            }
        }
        Solution integer = model.solve(stage, timeLimitMillis, StageFormulation.Banks.BINARY, usable, incumbent);
        if (integer == null) {
            return BankSetEnumeration.solve(model, problem.banks.size(), stage, timeLimitMillis, cap, relaxed);
        }
        return integer.optimal() || incumbent == null || integer.objective() <= incumbent.objective() ? integer : incumbent;
    }

    /**
     * A solution of the stage without any proof: the relaxation's, when it respects the bank cap, else
     * the LP over the relaxation's busiest banks; null when that finds none. Stage 2's, when it meets all
     * the demand, proves that stage 1's optimum is 0 without a MILP of its own.
     */
    Solution quickSolution(Stage stage, long timeLimitMillis) {
        Solution relaxed = lps.relaxation(stage, timeLimitMillis, null);
        if (relaxed == null || stage.bankCap() == null || problem.banksUsed(relaxed.x()) <= stage.bankCap()) {
            return relaxed;
        }
        return lps.openOnly(stage, timeLimitMillis, busiestBanks(relaxed, stage.bankCap()));
    }

    private static Solution proven(Solution solution) {
        return new Solution(solution.objective(), solution.x(), solution.unmet(), true);
    }

    /**
     * The stage's MILP over the banks that deliver in the relaxation or in the incumbent: on large
     * models, a small search that usually finds the optimum, which then prices out most other banks. Not
     * proven; null when it finds nothing in time.
     */
    private Solution withinSupport(Stage stage, long timeLimitMillis, Solution relaxed, Solution incumbent, boolean[] usable) {
        boolean[] support = problem.banksDelivering(relaxed.x());
        boolean[] incumbentBanks = problem.banksDelivering(incumbent.x());
        int size = 0;
        int admissible = 0;
        for (int b = 0; b < support.length; b++) {
            support[b] = (support[b] || incumbentBanks[b]) && (usable == null || usable[b]);
            size += support[b] ? 1 : 0;
            admissible += usable == null || usable[b] ? 1 : 0;
        }
        if (size == admissible) {
            return null;
        }
        Solution found = model.solve(stage, Math.max(1, timeLimitMillis), StageFormulation.Banks.BINARY, support, incumbent);
        return found == null ? null : new Solution(model.objectiveAt(stage.objective(), found), found.x(), found.unmet(), false);
    }

    /**
     * The banks of a solution when the stage's constraints admit no solution that opens any other bank:
     * then this stage and every later one that holds the same constraints may use these banks only, and
     * need no MILP (stages 4 and 5, whose cost cap leaves few solutions). Null when SCIP finds such a
     * solution or cannot decide in time.
     */
    private boolean[] onlyBanksOf(Stage stage, Solution solution, long timeLimitMillis) {
        boolean[] used = problem.banksDelivering(solution.x());
        boolean[] others = new boolean[used.length];
        int open = 0;
        for (int b = 0; b < used.length; b++) {
            others[b] = !used[b];
            open += used[b] ? 1 : 0;
        }
        if (stage.bankCap() == null || open != stage.bankCap()) {
            // With a bank to spare, another bank could be opened without delivering: the test would prove nothing.
            return null;
        }
        Stage elsewhere = new Stage(stage.name() + "-elsewhere", stage.objective(), stage.bankLimit(), stage.unmetCap(),
                stage.costCap(), stage.banksAllowed(), stage.tierCap(), stage.onlyBanks(), others);
        if (!Boolean.FALSE.equals(model.feasible(elsewhere, timeLimitMillis))) {
            return null;
        }
        provenOnly = new OnlyBanks(stage, used);
        return used;
    }

    private static Solution better(Solution incumbent, Solution candidate) {
        return candidate != null && (incumbent == null || candidate.objective() < incumbent.objective()) ? candidate : incumbent;
    }

    /** The {@code cap} banks that deliver most in the relaxation. */
    private boolean[] busiestBanks(Solution relaxed, int cap) {
        double[] delivered = new double[problem.banks.size()];
        for (int o = 0; o < relaxed.x().length; o++) {
            if (problem.options.get(o).delivers()) {
                delivered[problem.bankOf[o]] += relaxed.x()[o];
            }
        }
        Integer[] byDelivery = new Integer[delivered.length];
        Arrays.setAll(byDelivery, b -> b);
        Arrays.sort(byDelivery, Comparator.comparingDouble(b -> -delivered[b]));
        boolean[] open = new boolean[delivered.length];
        for (int i = 0; i < Math.min(cap, open.length); i++) {
            open[byDelivery[i]] = true;
        }
        return open;
    }
}
