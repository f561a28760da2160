package org.bngopt.rules;

import org.bngopt.reference.DistinctivenessLevel;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.ReferenceData;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The habitat catalogue with the Net Gain labels (R1.2), distinctiveness levels and the special felled
 * woodland habitat (R15): what every other rule asks about a habitat name.
 */
public final class Catalogue {
    public static final String NET_GAIN_AREA = "Net Gain (Low-equivalent)";
    public static final String NET_GAIN_HEDGEROW = "Net Gain (Hedgerows)";
    public static final String NET_GAIN_WATERCOURSE = "Net Gain (Watercourses)";
    public static final String FELLED_WOODLAND = "Woodland and forest - Felled/Replacement for felled woodland";
    public static final String LOW = "Low";
    public static final String MEDIUM = "Medium";
    public static final String VERY_LOW = "Very Low";
    public static final String HIGH = "High";
    public static final String VERY_HIGH = "Very High";

    private static final Map<String, Ledger> NET_GAIN_LABELS = Map.of(
            NET_GAIN_AREA, Ledger.AREA, NET_GAIN_HEDGEROW, Ledger.HEDGEROW, NET_GAIN_WATERCOURSE, Ledger.WATERCOURSE);

    private final Map<String, Habitat> habitats = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();

    public Catalogue(ReferenceData reference) {
        reference.habitats().forEach(habitat -> habitats.put(habitat.name(), habitat));
        for (DistinctivenessLevel level : reference.distinctivenessLevels()) {
            levels.put(level.name(), level.level());
        }
    }

    /** Whether a demand line may name this habitat (R6.6). */
    public boolean isDemandable(String name) {
        return habitats.containsKey(name) || NET_GAIN_LABELS.containsKey(name);
    }

    public static boolean isNetGainLabel(String name) {
        return NET_GAIN_LABELS.containsKey(name);
    }

    public Optional<Habitat> habitat(String name) {
        return Optional.ofNullable(habitats.get(name));
    }

    public Ledger ledgerOf(String demandHabitat) {
        Ledger label = NET_GAIN_LABELS.get(demandHabitat);
        return label != null ? label : habitats.get(demandHabitat).ledger();
    }

    /** The distinctiveness band a demand behaves as: Net Gain labels count as Low (R1.2). */
    public String bandOf(String demandHabitat) {
        return isNetGainLabel(demandHabitat) ? LOW : habitats.get(demandHabitat).distinctiveness();
    }

    public int level(String band) {
        Integer level = levels.get(band);
        if (level == null) {
            throw new IllegalArgumentException("no distinctiveness level named '" + band + "'");
        }
        return level;
    }

    public int levelOfHabitat(String habitatName) {
        return level(habitats.get(habitatName).distinctiveness());
    }

    /** Catalogue habitats that can ever be supply: all but felled woodland (R15). */
    public boolean isSupplyHabitat(String name) {
        return habitats.containsKey(name) && !FELLED_WOODLAND.equals(name);
    }

    public Iterable<Habitat> habitats() {
        return habitats.values();
    }
}
