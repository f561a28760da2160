package org.bngopt.metric;

import java.util.Locale;

/** A distinctiveness band (metric-import.md §3.3), and its rank in each ledger (§4). */
enum Band {
    VERY_HIGH("Very High"), HIGH("High"), MEDIUM("Medium"), LOW("Low"), VERY_LOW("Very Low");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The band a cell names, case-insensitively after clean(); null when it names none. */
    static Band of(Object cell) {
        String text = Texts.clean(cell).toLowerCase(Locale.ROOT);
        for (Band band : values()) {
            if (band.label.toLowerCase(Locale.ROOT).equals(text)) {
                return band;
            }
        }
        return null;
    }

    /** The rank in a ledger, or -1 when the band takes no part there (area Very Low). */
    int rank(Ledger ledger) {
        return switch (this) {
            case VERY_HIGH -> 4;
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
            case VERY_LOW -> ledger == Ledger.HEDGEROW ? 0 : -1;
        };
    }

    /** The order deficits are processed in: highest band first (§4.2). */
    int processingOrder() {
        return ordinal();
    }
}
