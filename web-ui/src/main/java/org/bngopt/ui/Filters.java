package org.bngopt.ui;

/** A filter field as the API takes it: trimmed, and left out when blank. */
public final class Filters {
    private Filters() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
