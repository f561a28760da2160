package org.bngopt.ui.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.contract.Area;
import org.bngopt.contract.DemandHabitat;
import org.bngopt.contract.HabitatList;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.ui.client.Api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the form's autocompletes offer, read from {@code /api/reference} and kept per reference-data
 * version: demand habitats with ledger and distinctiveness, and LPAs and NCAs with their neighbours.
 */
@ApplicationScoped
public class Catalogue {

    /** A habitat a demand line may name. */
    public record HabitatChoice(String name, String ledger, String distinctiveness) {
    }

    @Inject
    Api api;

    @Inject
    ReferenceSnapshots snapshots;

    private volatile String version;
    private volatile Map<String, HabitatChoice> habitats = Map.of();
    private volatile Map<String, List<String>> lpas = Map.of();
    private volatile Map<String, List<String>> ncas = Map.of();

    private synchronized void load(String wanted) {
        if (wanted.equals(version)) {
            return;
        }
        HabitatList habitatList = api.client().habitats();
        Map<String, HabitatChoice> choices = new HashMap<>();
        for (DemandHabitat h : habitatList.habitats()) {
            choices.put(h.name(), new HabitatChoice(h.name(), h.ledger(), h.distinctiveness()));
        }
        habitats = choices;
        lpas = areas(api.client().lpas().lpas());
        ncas = areas(api.client().ncas().ncas());
        version = habitatList.referenceDataVersion();
    }

    private static Map<String, List<String>> areas(List<Area> list) {
        Map<String, List<String>> areas = new HashMap<>();
        list.forEach(area -> areas.put(area.name(), area.neighbours()));
        return areas;
    }

    /** Reloads when the instance holds a newer reference-data version (a memory read, no call) than the lists. */
    private void ensureLoaded() {
        String current = snapshots.current().version();
        if (!current.equals(version)) {
            load(current);
        }
    }

    public List<String> habitatsMatching(String query) {
        ensureLoaded();
        return matching(habitats.keySet(), query).stream()
                .sorted((a, b) -> habitats.get(a).ledger().equals(habitats.get(b).ledger()) ? a.compareTo(b)
                        : habitats.get(a).ledger().compareTo(habitats.get(b).ledger()))
                .toList();
    }

    public HabitatChoice habitat(String name) {
        ensureLoaded();
        return name == null ? null : habitats.get(name.trim());
    }

    public List<String> lpasMatching(String query) {
        ensureLoaded();
        return matching(lpas.keySet(), query).stream().sorted().toList();
    }

    public List<String> ncasMatching(String query) {
        ensureLoaded();
        return matching(ncas.keySet(), query).stream().sorted().toList();
    }

    public boolean isLpa(String name) {
        ensureLoaded();
        return lpas.containsKey(name);
    }

    public boolean isNca(String name) {
        ensureLoaded();
        return ncas.containsKey(name);
    }

    public List<String> lpaNeighbours(String lpa) {
        ensureLoaded();
        return lpas.getOrDefault(lpa, List.of());
    }

    public List<String> ncaNeighbours(String nca) {
        ensureLoaded();
        return ncas.getOrDefault(nca, List.of());
    }

    private static List<String> matching(Iterable<String> names, String query) {
        String wanted = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(name);
            }
        }
        return found;
    }
}
