package org.bngopt.ui.quote;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    private volatile String version;
    private volatile Map<String, HabitatChoice> habitats = Map.of();
    private volatile Map<String, List<String>> lpas = Map.of();
    private volatile Map<String, List<String>> ncas = Map.of();

    private synchronized void load() {
        JsonNode habitatList = Api.read(api.client().habitats());
        String current = habitatList.path("referenceDataVersion").asText();
        if (current.equals(version)) {
            return;
        }
        Map<String, HabitatChoice> choices = new HashMap<>();
        for (JsonNode h : habitatList.path("habitats")) {
            choices.put(h.path("name").asText(), new HabitatChoice(h.path("name").asText(), h.path("ledger").asText(),
                    h.path("distinctiveness").asText()));
        }
        habitats = choices;
        lpas = areas(Api.read(api.client().lpas()).path("lpas"));
        ncas = areas(Api.read(api.client().ncas()).path("ncas"));
        version = current;
    }

    private static Map<String, List<String>> areas(JsonNode list) {
        Map<String, List<String>> areas = new HashMap<>();
        for (JsonNode area : list) {
            List<String> neighbours = new ArrayList<>();
            area.path("neighbours").forEach(n -> neighbours.add(n.asText()));
            areas.put(area.path("name").asText(), neighbours);
        }
        return areas;
    }

    private void ensureLoaded() {
        if (version == null) {
            load();
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
