package org.bngopt.solve;

import org.bngopt.solve.StageSolver.Solution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The last few LPs of one optimisation, relaxations and LPs over chosen banks, so that none is solved
 * twice: stage 2's relaxation and the LP over its busiest banks are asked for by the stage-1 shortcut
 * ({@link StageSolver#quickSolution}) and again by stage 2 itself (0.2–0.5 s at 400 banks).
 */
final class SolvedLps {
    private static final int KEPT = 8;

    /** An LP's key: the stage, the banks it may use (null: all) and how they enter. */
    private record Key(Stage stage, List<Boolean> banks, StageFormulation.Banks mode) {
        Key(Stage stage, boolean[] banks, StageFormulation.Banks mode) {
            this(stage, banks == null ? null : IntStream.range(0, banks.length).mapToObj(b -> banks[b]).toList(), mode);
        }
    }

    private final StageFormulation model;
    private final Map<Key, Solution> solved = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Solution> eldest) {
            return size() > KEPT;
        }
    };

    SolvedLps(StageFormulation model) {
        this.model = model;
    }

    /** The stage's LP relaxation over the usable banks (null: all); null when it has no solution in time. */
    Solution relaxation(Stage stage, long timeLimitMillis, boolean[] usable) {
        return lp(stage, timeLimitMillis, StageFormulation.Banks.RELAXED, usable);
    }

    /** The stage as an LP over the given banks, with its objective; null when it is infeasible there. */
    Solution openOnly(Stage stage, long timeLimitMillis, boolean[] open) {
        Solution solution = lp(stage, timeLimitMillis, StageFormulation.Banks.OPEN, open);
        return solution == null ? null : new Solution(model.objectiveAt(stage.objective(), solution), solution.x(),
                solution.unmet(), false);
    }

    private Solution lp(Stage stage, long timeLimitMillis, StageFormulation.Banks mode, boolean[] banks) {
        Key key = new Key(stage, banks, mode);
        Solution known = solved.get(key);
        if (known == null) {
            known = model.solve(stage, timeLimitMillis, mode, banks, null);
            if (known != null) {
                solved.put(key, known);
            }
        }
        return known;
    }
}
