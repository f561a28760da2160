package org.bngopt.reference;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The LPAs or NCAs the reference data knows, each with its neighbours: every area a bank lies in and
 * every area of the adjacency table.
 */
public final class Areas {
    private Areas() {
    }

    public static Map<String, SortedSet<String>> lpas(ReferenceData data) {
        return of(data.banks().stream().map(Bank::lpa).toList(), data.lpaAdjacency());
    }

    public static Map<String, SortedSet<String>> ncas(ReferenceData data) {
        return of(data.banks().stream().map(Bank::nca).toList(), data.ncaAdjacency());
    }

    private static Map<String, SortedSet<String>> of(List<String> bankAreas, List<Adjacency> adjacency) {
        Map<String, SortedSet<String>> neighbours = new TreeMap<>();
        bankAreas.stream().filter(Objects::nonNull).forEach(name -> neighbours.computeIfAbsent(name, key -> new TreeSet<>()));
        for (Adjacency pair : adjacency) {
            if (!pair.a().equals(pair.b())) {
                neighbours.computeIfAbsent(pair.a(), key -> new TreeSet<>()).add(pair.b());
                neighbours.computeIfAbsent(pair.b(), key -> new TreeSet<>()).add(pair.a());
            }
        }
        return neighbours;
    }
}
