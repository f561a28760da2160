package org.bngopt.solve;

import org.bngopt.solve.Stage.Objective;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * R8.2–R10: the lexicographic stages, each solved and then held for the later ones (never a weighted
 * sum of objectives). A stage that the time limit cuts short keeps its best solution and marks the
 * outcome unproven.
 */
final class StagedOptimisation {
    /** R10's cost tolerance τ in GBP. */
    static final double TAU = 0.000001;
    /** R8.3: how much fewer unmet units lift the bank limit. */
    static final double LIFT_MARGIN = 0.000001;
    private static final int[] TOLERANCE_WIDENING = {1, 10, 100};

    /** The allocation chosen, the limit in force (null when lifted) and whether every stage was proven. */
    record Outcome(double[] x, Integer bankLimit, boolean optimal) {
    }

    private final AllocationProblem problem;
    private final StageSolver solver;
    private final long deadline;
    private final Progress progress;
    private boolean optimal = true;

    StagedOptimisation(AllocationProblem problem, Duration timeLimit, Progress progress) {
        this.problem = problem;
        this.progress = progress;
        this.solver = new StageSolver(problem, optionOrder(problem.options));
        this.deadline = System.nanoTime() + timeLimit.toNanos();
    }

    /**
     * R10 stage 5 weights: the 1-based position of each option sorted by (bank, supply, companion, line);
     * the kind orders the reduced form's variables, which have no supply or no companion.
     */
    static double[] optionOrder(List<Option> options) {
        Comparator<Option> order = Comparator.comparing(Option::bankId)
                .thenComparing(option -> option.supply() == null ? "" : option.supply())
                .thenComparing(option -> option.companion() == null ? "" : option.companion())
                .thenComparing(Option::kind)
                .thenComparingInt(Option::lineIndex);
        Integer[] sorted = IntStream.range(0, options.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> order.compare(options.get(a), options.get(b)));
        double[] weight = new double[options.size()];
        for (int position = 0; position < sorted.length; position++) {
            weight[sorted[position]] = position + 1;
        }
        return weight;
    }

    /** R10 stage 3: how much dearer than stage 2's optimum a solution with fewer banks may be. */
    static double costAllowance(double costStar) {
        return Math.min(10, 0.0001 * costStar);
    }

    /**
     * The highest cost cap any stage after stage 2 can hold, with the widest tolerances: what a proof
     * about every later stage's solutions must cover.
     */
    static double widestCostCap(double costStar) {
        int widest = TOLERANCE_WIDENING[TOLERANCE_WIDENING.length - 1];
        return costStar + costAllowance(costStar) + 2 * TAU * widest + 1e-9 * Math.max(1, costStar);
    }

    Outcome run(int bankLimit) {
        if (problem.options.isEmpty()) {
            return new Outcome(new double[0], bankLimit, true);
        }
        StageSolver.Solution withLimit = solver.quickSolution(cheapestMeetingAll(bankLimit), remaining());
        if (withLimit != null) {
            // Stage 2's relaxation or its busiest banks meet all the demand within the limit: stage 1's optimum, 0, is proven.
            stageSkipped();
        } else {
            withLimit = solve(new Stage("1", Objective.UNMET, bankLimit, null, null, null, null));
        }
        StageSolver.Solution without;
        if (withLimit != null && unmet(withLimit) <= StageSolver.ZERO) {
            // Nothing unmet within the limit: lifting it cannot deliver more (R8.3).
            without = withLimit;
            stageSkipped();
        } else {
            without = solve(new Stage("1-unlimited", Objective.UNMET, null, null, null, null, null));
        }
        if (withLimit == null || without == null) {
            return cutShort(new double[problem.options.size()], bankLimit);
        }
        double unmetWithLimit = unmet(withLimit);
        double unmetWithout = unmet(without);
        Integer limit = unmetWithout < unmetWithLimit - LIFT_MARGIN ? null : bankLimit;
        StageSolver.Solution first = limit == null ? without : withLimit;

        for (int widen : TOLERANCE_WIDENING) {
            Outcome outcome = fixedStages(limit, unmet(first), widen, first);
            if (outcome != null) {
                return outcome;
            }
        }
        throw new IllegalStateException("the optimisation became infeasible after fixing an earlier stage");
    }

    /**
     * Stages 2 to 5 with tolerances widened by {@code widen}; null when ojalgo rejects a fixed stage
     * while time remains. When the time limit ends a stage without a solution, the previous stage's
     * solution, which satisfies every bound held so far, is the unproven answer.
     */
    private Outcome fixedStages(Integer limit, double unmet, int widen, StageSolver.Solution first) {
        double unmetCap = (unmet <= StageSolver.ZERO ? 0 : unmet) + zeroTolerance(widen);
        StageSolver.Solution two = solver.solve(new Stage("2", Objective.COST, limit, unmetCap, null, null, null), remaining(), first);
        if (two == null) {
            return timeIsUp() ? cutShort(first.x(), limit) : null;
        }
        note(two);
        double costStar = cost(two.x());
        double allowance = costAllowance(costStar) + TAU * widen;
        StageSolver.Solution threeB;
        int banks = problem.banksUsed(two.x());
        if (banks <= 1) {
            // Stage 2 already uses the fewest banks possible (one, or none when nothing can be
            // delivered), so it is the optimum of stage 3 and, being the cheapest, of stage 3b too.
            stageSkipped();
            stageSkipped();
            threeB = two;
        } else {
            StageSolver.Solution three = solver.solve(
                    new Stage("3", Objective.BANKS, limit, unmetCap, costStar + allowance, null, null), remaining(), two);
            if (three == null) {
                return timeIsUp() ? cutShort(two.x(), limit) : null;
            }
            note(three);
            if (problem.banksUsed(three.x()) == banks) {
                // Stage 2's solution already uses the fewest banks, and nothing within that count is cheaper.
                stageSkipped();
                threeB = two;
            } else {
                banks = problem.banksUsed(three.x());
                threeB = solver.solve(new Stage("3b", Objective.COST, limit, unmetCap, costStar + allowance, banks, null),
                        remaining(), three);
                if (threeB == null) {
                    return timeIsUp() ? cutShort(three.x(), limit) : null;
                }
                note(threeB);
            }
        }
        double costCap = cost(threeB.x()) + TAU * widen;
        StageSolver.Solution four;
        if (tierUsage(threeB.x()) <= StageSolver.ZERO) {
            // Everything is local already: no tier usage can be lower, so stage 3b's answer is stage 4's.
            four = threeB;
            stageSkipped();
        } else {
            four = solver.solve(new Stage("4", Objective.TIER_USAGE, limit, unmetCap, costCap, banks, null), remaining(), threeB);
            if (four == null) {
                return timeIsUp() ? cutShort(threeB.x(), limit) : null;
            }
            note(four);
        }
        double tierCap = tierUsage(four.x()) + zeroTolerance(widen);
        StageSolver.Solution five = solver.solve(
                new Stage("5", Objective.OPTION_ORDER, limit, unmetCap, costCap, banks, tierCap), remaining(), four);
        if (five == null) {
            return timeIsUp() ? cutShort(four.x(), limit) : null;
        }
        note(five);
        return new Outcome(five.x(), limit, optimal);
    }

    /**
     * Stage 2 when stage 1 leaves nothing unmet, as {@link #fixedStages} first poses it (tolerances not
     * widened), so that its relaxation is solved once.
     */
    private static Stage cheapestMeetingAll(Integer limit) {
        return new Stage("2", Objective.COST, limit, zeroTolerance(1), null, null, null);
    }

    private Outcome cutShort(double[] x, Integer limit) {
        return new Outcome(x, limit, false);
    }

    private boolean timeIsUp() {
        return System.nanoTime() >= deadline;
    }

    private static double zeroTolerance(int widen) {
        return StageSolver.ZERO * widen;
    }

    /** A stage-1 solve; null only when the time limit ended it, since leaving all demand unmet is always feasible. */
    private StageSolver.Solution solve(Stage stage) {
        StageSolver.Solution solution = solver.solve(stage, remaining(), null);
        if (solution == null) {
            if (timeIsUp()) {
                return null;
            }
            throw new IllegalStateException("stage " + stage.name() + " has no solution");
        }
        note(solution);
        return solution;
    }

    private void note(StageSolver.Solution solution) {
        optimal &= solution.optimal();
        progress.reached(Progress.Step.STAGE_SOLVED);
    }

    /** A stage whose optimum an earlier stage already holds still counts as a step. */
    private void stageSkipped() {
        progress.reached(Progress.Step.STAGE_SOLVED);
    }

    private long remaining() {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    private static double unmet(StageSolver.Solution solution) {
        double total = 0;
        for (double u : solution.unmet()) {
            total += Math.max(0, u);
        }
        return total;
    }

    private double cost(double[] x) {
        double total = 0;
        for (int o = 0; o < x.length; o++) {
            total += x[o] * problem.price[o];
        }
        return total;
    }

    private double tierUsage(double[] x) {
        double total = 0;
        for (int o = 0; o < x.length; o++) {
            total += x[o] * problem.tierWeight[o];
        }
        return total;
    }
}
