package org.bngopt.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reduction C of docs/optimiser.md (measured solver facts): a line whose options are those of an earlier
 * line, but for the line, is solved as part of it. Lines are compared by a hash of their options first,
 * and element by element only when the hashes agree, so no copy of the options is made.
 */
final class IdenticalLines {
    private final Map<Long, List<Integer>> linesByHash = new HashMap<>();
    private final Map<Integer, List<Option>> optionsOfLine = new HashMap<>();

    /** The earliest line seen with the same options as this one, or this line itself. */
    int representative(int line, List<Option> options) {
        long hash = hash(options);
        List<Integer> candidates = linesByHash.computeIfAbsent(hash, key -> new ArrayList<>());
        for (int earlier : candidates) {
            if (same(optionsOfLine.get(earlier), options)) {
                return earlier;
            }
        }
        candidates.add(line);
        optionsOfLine.put(line, options);
        return line;
    }

    private static long hash(List<Option> options) {
        long hash = options.size();
        for (Option option : options) {
            hash = 31 * hash + option.kind().ordinal();
            hash = 31 * hash + option.bankId().hashCode();
            hash = 31 * hash + Objects.hashCode(option.supply());
            hash = 31 * hash + Objects.hashCode(option.companion());
            hash = 31 * hash + option.unitPrice().hashCode();
        }
        return hash;
    }

    private static boolean same(List<Option> earlier, List<Option> options) {
        if (earlier.size() != options.size()) {
            return false;
        }
        for (int o = 0; o < options.size(); o++) {
            Option option = options.get(o);
            if (!option.forLine(earlier.get(o).lineIndex()).equals(earlier.get(o))) {
                return false;
            }
        }
        return true;
    }
}
