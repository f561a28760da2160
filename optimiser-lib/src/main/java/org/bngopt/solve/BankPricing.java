package org.bngopt.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bngopt.solve.StageSolver.Solution;

/**
 * Prices banks out of a stage by LP reduced costs (Glop gives them): a bank whose reduced cost lifts the
 * relaxation's bound above the incumbent's value cannot be in any better solution, and one that lifts
 * stage 2's bound above a later stage's cost cap cannot be in any solution of that stage.
 */
final class BankPricing {
    /** Relative margin on the pricing-out test, well above the LP's own tolerance. */
    static final double MARGIN = 1e-7;
    /** Re-solves of the relaxation over fewer banks, while each prices out at least a tenth of them. */
    private static final int MAX_ROUNDS = 3;

    private final AllocationProblem problem;
    private final StageFormulation model;
    /**
     * Relaxations of the last cost stage without a cost cap (stage 2), whose reduced costs bound the
     * cost of later stages' solutions: over all banks, and over the banks left after pricing, which
     * holds for cost caps up to stage 2's optimum.
     */
    private final List<CostBound> costBounds = new ArrayList<>();

    BankPricing(AllocationProblem problem, StageFormulation model) {
        this.problem = problem;
        this.model = model;
    }

    /** Keeps stage 2's relaxation, over all banks, for the stages after it. */
    void cheapestRelaxation(Stage stage, Solution relaxed) {
        costBounds.clear();
        costBounds.add(new CostBound(stage, relaxed, null, Double.POSITIVE_INFINITY));
    }

    /**
     * Banks that can be in a solution within the stage's cost cap, by the reduced costs of the
     * cost-minimising relaxation over the same constraints without that cap (stage 2's); null for all.
     */
    boolean[] withinCostCap(Stage stage, Solution feasible) {
        CostBound bound = costBounds.stream().filter(candidate -> candidate.holdsFor(stage)).reduce((wide, tight) -> tight).orElse(null);
        if (bound == null) {
            return null;
        }
        Solution cheapestRelaxed = bound.relaxed();
        boolean[] usable = new boolean[problem.banks.size()];
        double threshold = stage.costCap() + MARGIN * Math.max(1, Math.abs(stage.costCap()));
        for (int b = 0; b < usable.length; b++) {
            usable[b] = (bound.banks() == null || bound.banks()[b])
                    && cheapestRelaxed.objective() + cheapestRelaxed.bankReducedCosts()[b] <= threshold;
        }
        if (feasible != null) {
            boolean[] used = problem.banksDelivering(feasible.x());
            for (int b = 0; b < usable.length; b++) {
                usable[b] |= used[b];
            }
        }
        return usable;
    }

    /**
     * Banks that may still be in a solution better than the incumbent: those it uses, and those whose
     * reduced cost keeps the relaxation's bound at or below the incumbent's value (one bank fewer for the
     * bank-count objective). Null, for all banks, when there is no incumbent or no reduced cost.
     */
    boolean[] notPricedOut(Stage stage, Solution relaxed, Solution incumbent, boolean[] withinCostCap) {
        if (incumbent == null || relaxed.bankReducedCosts() == null) {
            return withinCostCap;
        }
        double better = stage.objective() == Stage.Objective.BANKS ? incumbent.objective() - 1 : incumbent.objective();
        double threshold = better + MARGIN * Math.max(1, Math.abs(incumbent.objective()));
        boolean[] usable = new boolean[problem.banks.size()];
        for (int b = 0; b < usable.length; b++) {
            usable[b] = (withinCostCap == null || withinCostCap[b]) && relaxed.objective() + relaxed.bankReducedCosts()[b] <= threshold;
        }
        boolean[] used = problem.banksDelivering(incumbent.x());
        for (int b = 0; b < usable.length; b++) {
            usable[b] |= used[b];
        }
        return usable;
    }

    /**
     * Re-solves the relaxation over the banks still usable, whose higher bound prices out more of them,
     * while each round removes at least a tenth. For stage 2, each such relaxation also bounds the cost
     * of later stages. Null when a bound proves the incumbent optimal. {@code relaxedOver} are the banks of
     * the relaxation already solved (null: all).
     */
    boolean[] repriced(Stage stage, long timeLimitMillis, Solution incumbent, boolean[] usable, boolean[] relaxedOver,
                       boolean cheapest) {
        if (sameBanks(usable, relaxedOver)) {
            // Nothing was priced out: the relaxation over these banks is the one just solved, and it would price out nothing more.
            return usable;
        }
        boolean[] left = usable;
        for (int round = 0; round < MAX_ROUNDS; round++) {
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
                        incumbent.objective() + MARGIN * Math.max(1, Math.abs(incumbent.objective()))));
            }
            boolean shrankEnough = AllocationProblem.count(fewer) < 0.9 * AllocationProblem.count(left);
            left = fewer;
            if (!shrankEnough) {
                break;
            }
        }
        return left;
    }

    /**
     * Banks that can be in a solution of the stage within a cost cap, by the relaxation with one bank
     * fewer allowed: a solution that uses bank b has at most L − 1 other banks, so it costs at least that
     * relaxation's value V plus b's reduced cost r_b there (when positive) plus the dual π of its count
     * row (≤ 0: what the slot b takes is worth). Where the relaxation with L banks spreads them thinly
     * and its reduced costs price out nothing, this bound (400 banks × 25 lines: V £8,425 above the L-bank
     * relaxation) usually does. {@code kept} banks stay usable; null when the relaxation gives no duals.
     */
    boolean[] withinCapWithASlotTaken(Stage stage, double costCap, boolean[] kept, long timeLimitMillis) {
        Stage fewer = new Stage(stage.name() + "-fewer", stage.objective(), stage.bankCap() - 1, stage.unmetCap(), null, null,
                stage.tierCap(), stage.onlyBanks(), null);
        Solution relaxed = model.solve(fewer, timeLimitMillis, StageFormulation.Banks.RELAXED, null, null);
        if (relaxed == null || relaxed.bankReducedCosts() == null || Double.isNaN(relaxed.countDual())) {
            return null;
        }
        double threshold = costCap + MARGIN * Math.max(1, Math.abs(costCap));
        boolean[] usable = new boolean[problem.banks.size()];
        for (int b = 0; b < usable.length; b++) {
            double bound = relaxed.objective() + Math.max(0, relaxed.bankReducedCosts()[b]) + Math.min(0, relaxed.countDual());
            usable[b] = kept[b] || bound <= threshold && (stage.onlyBanks() == null || stage.onlyBanks()[b]);
        }
        return usable;
    }

    /** Whether the incumbent attains the relaxation's lower bound (rounded up for the bank count), so is optimal. */
    static boolean reachesBound(Stage stage, Solution relaxed, Solution incumbent) {
        double margin = MARGIN * Math.max(1, Math.abs(incumbent.objective()));
        double bound = stage.objective() == Stage.Objective.BANKS ? Math.ceil(relaxed.objective() - 1e-6) : relaxed.objective();
        return incumbent.objective() <= bound + margin;
    }

    /** A cost relaxation over some banks (null: all), valid for stages with the same limits and a cost cap up to a value. */
    private record CostBound(Stage stage, Solution relaxed, boolean[] banks, double validUpTo) {
        boolean holdsFor(Stage later) {
            return later.costCap() != null && later.costCap() <= validUpTo && relaxed != null && relaxed.bankReducedCosts() != null
                    && Objects.equals(later.bankLimit(), stage.bankLimit()) && Objects.equals(later.unmetCap(), stage.unmetCap());
        }
    }

    /** Whether two bank sets are the same, null standing for all banks. */
    private static boolean sameBanks(boolean[] some, boolean[] other) {
        for (int b = 0; b < Math.max(some == null ? 0 : some.length, other == null ? 0 : other.length); b++) {
            if ((some == null || some[b]) != (other == null || other[b])) {
                return false;
            }
        }
        return true;
    }
}
