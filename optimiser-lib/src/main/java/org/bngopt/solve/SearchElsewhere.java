package org.bngopt.solve;

import org.bngopt.solve.StageSolver.Solution;

/**
 * Stage 2 on a large model, when the incumbent fills the bank cap: one SCIP search for the cheapest
 * solution that opens a bank the incumbent does not use, within the widest cost cap of the later stages.
 * Every solution either opens such a bank or stays within the incumbent's banks, where the LP over them
 * is the cheapest; so the better of the two is stage 2's optimum. When there is no such solution, every
 * later stage may use the incumbent's banks only, too: one search replaces stage 2's MILP over all banks
 * and the later stages' uniqueness test (docs/optimiser.md, docs/performance.md).
 */
final class SearchElsewhere {
    /** Stage 2's proven optimum, and the banks every later stage is held to (null when not proven). */
    record Found(Solution optimum, OnlyBanks only) {
    }

    private final AllocationProblem problem;
    private final StageFormulation model;
    private final BankPricing pricing;
    private final SolvedLps lps;

    SearchElsewhere(AllocationProblem problem, StageFormulation model, BankPricing pricing, SolvedLps lps) {
        this.problem = problem;
        this.model = model;
        this.pricing = pricing;
        this.lps = lps;
    }

    /**
     * Whether the search is used: it needs SCIP, and the system property
     * {@code bng.solver.searchElsewhere=false} turns it off, for side-by-side benchmarks and for the test
     * that compares both ways.
     */
    boolean appliesTo(Solution incumbent) {
        return incumbent != null && problem.options.size() >= LinearEngine.NATIVE_MILP_FROM && LinearEngine.nativeAllowed()
                && !"false".equals(System.getProperty("bng.solver.searchElsewhere"));
    }

    /** Null when the incumbent does not fill the bank cap or SCIP cannot tell in time. */
    Found run(Stage stage, Solution relaxed, Solution incumbent, long timeLimitMillis) {
        boolean[] used = problem.banksDelivering(incumbent.x());
        if (stage.bankCap() == null || AllocationProblem.count(used) != stage.bankCap()) {
            return null;
        }
        Solution exact = lps.openOnly(stage, timeLimitMillis, used);
        if (exact == null) {
            return null;
        }
        Stage capped = new Stage(stage.name(), stage.objective(), stage.bankLimit(), stage.unmetCap(),
                StagedOptimisation.widestCostCap(exact.objective()), stage.banksAllowed(), stage.tierCap());
        Stage elsewhere = new Stage(stage.name() + "-elsewhere", stage.objective(), stage.bankLimit(), stage.unmetCap(),
                capped.costCap(), stage.banksAllowed(), stage.tierCap(), withinCap(stage, relaxed, exact, capped.costCap(), used,
                timeLimitMillis), others(used));
        StageFormulation.Search search = model.search(elsewhere, timeLimitMillis);
        if (search.infeasible()) {
            return new Found(proven(exact), new OnlyBanks(capped, used));
        }
        if (search.solution() == null || !search.solution().optimal()) {
            return null;
        }
        // The cheapest solution that opens another bank, against the cheapest within the incumbent's banks: the better is stage 2's optimum.
        return new Found(proven(search.solution().objective() < exact.objective() ? search.solution() : exact), null);
    }

    /**
     * The banks that can be in a solution within the cap: by the relaxation's reduced costs, and, when
     * those leave most banks in, by the bound with a slot taken, which costs an LP over all banks.
     */
    private boolean[] withinCap(Stage stage, Solution relaxed, Solution exact, double cap, boolean[] used, long timeLimitMillis) {
        boolean[] withinCap = pricing.notPricedOut(stage, relaxed, new Solution(cap, exact.x(), exact.unmet(), false), null);
        if (withinCap == null) {
            return stage.onlyBanks();
        }
        boolean[] withSlotTaken = AllocationProblem.count(withinCap) > used.length / 2
                ? pricing.withinCapWithASlotTaken(stage, cap, used, timeLimitMillis) : null;
        for (int b = 0; b < withinCap.length; b++) {
            withinCap[b] &= (stage.onlyBanks() == null || stage.onlyBanks()[b]) && (withSlotTaken == null || withSlotTaken[b]);
        }
        return withinCap;
    }

    private static boolean[] others(boolean[] used) {
        boolean[] others = new boolean[used.length];
        for (int b = 0; b < used.length; b++) {
            others[b] = !used[b];
        }
        return others;
    }

    private static Solution proven(Solution solution) {
        return new Solution(solution.objective(), solution.x(), solution.unmet(), true);
    }
}
