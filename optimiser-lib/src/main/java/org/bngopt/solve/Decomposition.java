package org.bngopt.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a solution of the reduced model back into allocation rows of R7: aggregated pairs become
 * (main, companion) pairs, per line and bank or, where companions are shared, per bank; and a merged
 * line's units are shared among its lines by their demand.
 */
final class Decomposition {
    /** Normal and paired options with the units each delivers. */
    record Rows(List<Option> options, double[] units) {
    }

    private static final double NEGLIGIBLE = 1e-12;

    /** Units per row; identical rows are merged (R10.1). */
    private final Map<Option, Double> units = new LinkedHashMap<>();

    private Decomposition() {
    }

    /**
     * @param mergedInto for each line, the line whose options it was solved with (itself when not merged)
     * @param demand     each line's own demand
     */
    static Rows of(List<Option> variables, double[] x, int[] mergedInto, double[] demand) {
        Decomposition rows = new Decomposition();
        Map<String, List<Integer>> pairGroups = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        variables.stream().filter(Option::isShared).forEach(option -> shared.add(option.bankId()));
        for (int o = 0; o < x.length; o++) {
            Option option = variables.get(o);
            if (x[o] <= NEGLIGIBLE) {
                continue;
            }
            switch (option.kind()) {
                case NORMAL, PAIRED -> rows.add(option, x[o], mergedInto, demand);
                case PAIRED_MAIN, COMPANION -> pairGroups.computeIfAbsent(
                        (shared.contains(option.bankId()) ? -1 : option.lineIndex()) + "|" + option.bankId(), key -> new ArrayList<>()).add(o);
            }
        }
        pairGroups.values().forEach(group -> rows.pair(variables, x, group, mergedInto, demand));
        return new Rows(new ArrayList<>(rows.units.keySet()), rows.units.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Pairs the mains of one (line, bank), in supply order, with its companion stock, in companion order,
     * so that each main meets as few companions as possible. Any remainder left by the solver's tolerance
     * goes to the last companion.
     */
    private void pair(List<Option> variables, double[] x, List<Integer> group, int[] mergedInto, double[] demand) {
        List<Integer> mains = group.stream().filter(o -> variables.get(o).kind() == Option.Kind.PAIRED_MAIN)
                .sorted(Comparator.<Integer>comparingInt(o -> variables.get(o).lineIndex()).thenComparing(o -> variables.get(o).supply()))
                .toList();
        List<Integer> companions = group.stream().filter(o -> variables.get(o).kind() == Option.Kind.COMPANION)
                .sorted(Comparator.comparing(o -> variables.get(o).companion())).toList();
        if (companions.isEmpty()) {
            return;
        }
        int c = 0;
        double stockLeft = x[companions.get(0)];
        for (int m : mains) {
            Option main = variables.get(m);
            double perUnit = main.companionUse();
            double need = x[m];
            while (need > NEGLIGIBLE) {
                boolean last = c == companions.size() - 1;
                double delivered = last ? need : Math.min(need, stockLeft / perUnit);
                Option companion = variables.get(companions.get(c));
                add(pair(main, companion), delivered, mergedInto, demand);
                need -= delivered;
                stockLeft -= delivered * perUnit;
                if (!last && stockLeft <= NEGLIGIBLE) {
                    stockLeft = x[companions.get(++c)];
                }
            }
        }
    }

    /**
     * The pair of a main with a companion; a shared companion of the main's own habitat makes exactly the
     * normal option (1/SRM of its stock at its price), which is what is reported.
     */
    private static Option pair(Option main, Option companion) {
        return main.supply().equals(companion.companion())
                ? Option.normal(main.lineIndex(), main.bankId(), main.supply(), main.tier(), main.srm(), main.tierRank(), main.mainPrice())
                : Option.paired(main, companion.companion(), companion.companionPrice());
    }

    private void add(Option option, double delivered, int[] mergedInto, double[] demand) {
        int line = option.lineIndex();
        double merged = 0;
        for (int member = 0; member < mergedInto.length; member++) {
            if (mergedInto[member] == line) {
                merged += demand[member];
            }
        }
        for (int member = 0; member < mergedInto.length; member++) {
            if (mergedInto[member] == line) {
                units.merge(option.forLine(member), delivered * demand[member] / merged, Double::sum);
            }
        }
    }
}
