package org.bngopt.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Solves one {@link Stage} exactly. The LP relaxation is solved first: when its solution already
 * respects the bank cap it is also the MILP optimum, and no branching is needed. Otherwise the best
 * known solution (the previous stage's, or the relaxation's busiest banks re-solved as an LP) prices
 * banks out: a bank whose LP reduced cost lifts the relaxation's bound above that solution's value
 * cannot be in any better solution, so its binary is fixed at 0 before the MILP engine (ojalgo for small
 * models, SCIP for larger ones: {@link LinearEngine}) solves the rest. ojalgo's branch-and-bound has been
 * seen to report INFEASIBLE for stages whose relaxation and previous stage's solution are feasible; then
 * the stage is solved exactly by enumerating bank sets.
 */
final class StageSolver {
    static final double ZERO = 1e-9;
    /** Beyond this many bank sets the enumeration fallback gives up. */
    private static final long MAX_BANK_SETS = 20_000;
    /** Relative margin on the pricing-out test, well above the LP's own tolerance. */
    private static final double PRICING_MARGIN = 1e-7;
    /** Re-solves of the relaxation over fewer banks, while each prices out at least a tenth of them. */
    private static final int MAX_PRICING_ROUNDS = 3;

    /**
     * The solution of one stage: its objective, the delivered units per option, and whether it is
     * proven; an LP's bank reduced costs when the engine gives them, else null.
     */
    record Solution(double objective, double[] x, double[] unmet, boolean optimal, double[] bankReducedCosts) {
        Solution(double objective, double[] x, double[] unmet, boolean optimal) {
            this(objective, x, unmet, optimal, null);
        }
    }

    private final AllocationProblem problem;
    private final StageFormulation model;
    /**
     * Relaxations of the last cost stage without a cost cap (stage 2), whose reduced costs bound the
     * cost of later stages' solutions: over all banks, and over the banks left after pricing, which
     * holds for cost caps up to stage 2's optimum.
     */
    private final List<CostBound> costBounds = new ArrayList<>();
    private OnlyBanks provenOnly;

    StageSolver(AllocationProblem problem, double[] orderWeight) {
        this.problem = problem;
        this.model = new StageFormulation(problem, orderWeight);
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
        boolean[] withinCostCap = withinCostCap(stage, feasible);
        Solution relaxed = model.solve(stage, timeLimitMillis, StageFormulation.Banks.RELAXED, withinCostCap, null);
        boolean cheapest = stage.objective() == Stage.Objective.COST && stage.costCap() == null;
        if (cheapest) {
            costBounds.clear();
            costBounds.add(new CostBound(stage, relaxed, null, Double.POSITIVE_INFINITY));
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
                && stage.onlyBanks() == null && problem.options.size() >= LinearEngine.NATIVE_MILP_FROM;
        if (stage.objective() != Stage.Objective.BANKS) {
            if (!uniquenessTest) {
                incumbent = better(incumbent, openOnly(stage, timeLimitMillis, busiestBanks(relaxed, cap)));
            }
            if (feasible != null) {
                incumbent = better(incumbent, openOnly(stage, timeLimitMillis, banksOf(feasible.x())));
            }
        }
        if (incumbent != null && reachesBound(stage, relaxed, incumbent)) {
            return proven(incumbent);
        }
        boolean[] usable = notPricedOut(stage, relaxed, incumbent, withinCostCap);
        if (!uniquenessTest && problem.options.size() >= LinearEngine.NATIVE_LP_FROM && incumbent != null) {
            incumbent = better(incumbent, withinSupport(stage, timeLimitMillis / 4, relaxed, incumbent, usable));
            if (reachesBound(stage, relaxed, incumbent)) {
                return proven(incumbent);
            }
            usable = notPricedOut(stage, relaxed, incumbent, withinCostCap);
        }
        if (incumbent != null && usable != null) {
            usable = repriced(stage, timeLimitMillis, incumbent, usable, cheapest);
            if (usable == null) {
                return proven(incumbent);
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
            return enumerateBankSets(stage, timeLimitMillis, cap, relaxed);
        }
        return integer.optimal() || incumbent == null || integer.objective() <= incumbent.objective() ? integer : incumbent;
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
        boolean[] support = banksOf(relaxed.x());
        boolean[] incumbentBanks = banksOf(incumbent.x());
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

    /** Whether the incumbent attains the relaxation's lower bound (rounded up for the bank count), so is optimal. */
    /**
     * Re-solves the relaxation over the banks still usable, whose higher bound prices out more of them,
     * while each round removes at least a tenth. For stage 2, each such relaxation also bounds the cost
     * of later stages. Null when a bound proves the incumbent optimal.
     */
    private boolean[] repriced(Stage stage, long timeLimitMillis, Solution incumbent, boolean[] usable, boolean cheapest) {
        boolean[] left = usable;
        for (int round = 0; round < MAX_PRICING_ROUNDS; round++) {
            Solution tighter = model.solve(stage, timeLimitMillis, StageFormulation.Banks.RELAXED, left, null);
            if (tighter == null || tighter.bankReducedCosts() == null) {
                break;
            }
            if (reachesBound(stage, tighter, incumbent)) {
                return null;
            }
            boolean[] fewer = notPricedOut(stage, tighter, incumbent, left);
            if (cheapest) {
                // Every solution at a priced-out bank costs more than the pricing threshold.
                costBounds.add(new CostBound(stage, tighter, fewer,
                        incumbent.objective() + PRICING_MARGIN * Math.max(1, Math.abs(incumbent.objective()))));
            }
            boolean shrankEnough = count(fewer) < 0.9 * count(left);
            left = fewer;
            if (!shrankEnough) {
                break;
            }
        }
        return left;
    }

    private static boolean reachesBound(Stage stage, Solution relaxed, Solution incumbent) {
        double margin = PRICING_MARGIN * Math.max(1, Math.abs(incumbent.objective()));
        double bound = stage.objective() == Stage.Objective.BANKS ? Math.ceil(relaxed.objective() - 1e-6) : relaxed.objective();
        return incumbent.objective() <= bound + margin;
    }

    /**
     * The banks of a solution when the stage's constraints admit no solution that opens any other bank:
     * then this stage and every later one that holds the same constraints may use these banks only, and
     * need no MILP (stages 4 and 5, whose cost cap leaves few solutions). Null when SCIP finds such a
     * solution or cannot decide in time.
     */
    private boolean[] onlyBanksOf(Stage stage, Solution solution, long timeLimitMillis) {
        boolean[] used = banksOf(solution.x());
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

    /** A cost relaxation over some banks (null: all), valid for stages with the same limits and a cost cap up to a value. */
    private record CostBound(Stage stage, Solution relaxed, boolean[] banks, double validUpTo) {
        boolean holdsFor(Stage later) {
            return later.costCap() != null && later.costCap() <= validUpTo && relaxed != null && relaxed.bankReducedCosts() != null
                    && Objects.equals(later.bankLimit(), stage.bankLimit()) && Objects.equals(later.unmetCap(), stage.unmetCap());
        }
    }

    /** Banks proven to be the only usable ones under a stage's constraints, and so under any stage that adds to them. */
    private record OnlyBanks(Stage stage, boolean[] banks) {
        boolean holdsFor(Stage later) {
            return Objects.equals(later.bankLimit(), stage.bankLimit()) && Objects.equals(later.unmetCap(), stage.unmetCap())
                    && Objects.equals(later.costCap(), stage.costCap()) && Objects.equals(later.banksAllowed(), stage.banksAllowed())
                    && (stage.tierCap() == null || Objects.equals(later.tierCap(), stage.tierCap()));
        }
    }

    private static int count(boolean[] banks) {
        int count = 0;
        for (boolean bank : banks) {
            count += bank ? 1 : 0;
        }
        return count;
    }

    private static Solution better(Solution incumbent, Solution candidate) {
        return candidate != null && (incumbent == null || candidate.objective() < incumbent.objective()) ? candidate : incumbent;
    }

    /**
     * Banks that can be in a solution within the stage's cost cap, by the reduced costs of the
     * cost-minimising relaxation over the same constraints without that cap (stage 2's); null for all.
     */
    private boolean[] withinCostCap(Stage stage, Solution feasible) {
        CostBound bound = costBounds.stream().filter(candidate -> candidate.holdsFor(stage)).reduce((wide, tight) -> tight).orElse(null);
        if (bound == null) {
            return null;
        }
        Solution cheapestRelaxed = bound.relaxed();
        boolean[] usable = new boolean[problem.banks.size()];
        double threshold = stage.costCap() + PRICING_MARGIN * Math.max(1, Math.abs(stage.costCap()));
        for (int b = 0; b < usable.length; b++) {
            usable[b] = (bound.banks() == null || bound.banks()[b])
                    && cheapestRelaxed.objective() + cheapestRelaxed.bankReducedCosts()[b] <= threshold;
        }
        if (feasible != null) {
            boolean[] used = banksOf(feasible.x());
            for (int b = 0; b < usable.length; b++) {
                usable[b] |= used[b];
            }
        }
        return usable;
    }

    /** The stage as an LP over the given banks, with its objective; null when it is infeasible there. */
    private Solution openOnly(Stage stage, long timeLimitMillis, boolean[] open) {
        Solution solution = model.solve(stage, timeLimitMillis, StageFormulation.Banks.OPEN, open, null);
        return solution == null ? null : new Solution(model.objectiveAt(stage.objective(), solution), solution.x(),
                solution.unmet(), false);
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

    private boolean[] banksOf(double[] x) {
        boolean[] used = new boolean[problem.banks.size()];
        for (int o = 0; o < x.length; o++) {
            used[problem.bankOf[o]] |= x[o] >= AllocationProblem.REPORTED;
        }
        return used;
    }

    /**
     * Banks that may still be in a solution better than the incumbent: those it uses, and those whose
     * reduced cost keeps the relaxation's bound at or below the incumbent's value (one bank fewer for the
     * bank-count objective). Null, for all banks, when there is no incumbent or no reduced cost.
     */
    private boolean[] notPricedOut(Stage stage, Solution relaxed, Solution incumbent, boolean[] withinCostCap) {
        if (incumbent == null || relaxed.bankReducedCosts() == null) {
            return withinCostCap;
        }
        double better = stage.objective() == Stage.Objective.BANKS ? incumbent.objective() - 1 : incumbent.objective();
        double threshold = better + PRICING_MARGIN * Math.max(1, Math.abs(incumbent.objective()));
        boolean[] usable = new boolean[problem.banks.size()];
        for (int b = 0; b < usable.length; b++) {
            usable[b] = (withinCostCap == null || withinCostCap[b]) && relaxed.objective() + relaxed.bankReducedCosts()[b] <= threshold;
        }
        boolean[] used = banksOf(incumbent.x());
        for (int b = 0; b < usable.length; b++) {
            usable[b] |= used[b];
        }
        return usable;
    }

    /**
     * Exact fallback: the stage's LP with only the banks of one set open, over every set of the
     * largest allowed size (or, for the bank-count objective, of increasing size until one is feasible).
     */
    private Solution enumerateBankSets(Stage stage, long timeLimitMillis, Integer cap, Solution relaxed) {
        int banks = problem.banks.size();
        int largest = cap == null ? banks : Math.min(cap, banks);
        boolean countBanks = stage.objective() == Stage.Objective.BANKS;
        int smallest = countBanks ? Math.max(1, (int) Math.ceil(relaxed.objective() - 1e-6)) : largest;
        for (int size = smallest; size <= largest; size++) {
            if (binomial(banks, size) > MAX_BANK_SETS) {
                return null;
            }
            Solution best = null;
            for (boolean[] open : bankSets(banks, size)) {
                Solution candidate = model.solve(stage, timeLimitMillis, StageFormulation.Banks.OPEN, open, null);
                if (candidate != null && (best == null || candidate.objective() < best.objective())) {
                    best = candidate;
                }
            }
            if (best != null) {
                return countBanks ? new Solution(size, best.x(), best.unmet(), best.optimal()) : best;
            }
        }
        return null;
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static List<boolean[]> bankSets(int banks, int size) {
        List<boolean[]> sets = new ArrayList<>();
        collect(new boolean[banks], 0, size, sets);
        return sets;
    }

    private static void collect(boolean[] open, int from, int left, List<boolean[]> sets) {
        if (left == 0) {
            sets.add(open.clone());
            return;
        }
        for (int b = from; b <= open.length - left; b++) {
            open[b] = true;
            collect(open, b + 1, left - 1, sets);
            open[b] = false;
        }
    }
}
