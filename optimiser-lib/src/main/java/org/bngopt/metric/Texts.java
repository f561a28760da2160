package org.bngopt.metric;

import java.util.Locale;
import java.util.regex.Pattern;

/** The text conventions of metric-import.md §1. */
final class Texts {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Texts() {
    }

    /** Blank → ""; else whitespace runs collapsed to one space, trimmed. */
    static String clean(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return number.isNaN() ? "" : plain(number);
        }
        return WHITESPACE.matcher(value.toString()).replaceAll(" ").strip();
    }

    /** clean, lower-cased, dashes to "-", non-alphanumeric runs to "_", no leading or trailing "_". */
    static String canon(Object value) {
        String lower = clean(value).toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-');
        String joined = NON_ALPHANUMERIC.matcher(lower).replaceAll("_");
        int start = 0;
        int end = joined.length();
        while (start < end && joined.charAt(start) == '_') {
            start++;
        }
        while (end > start && joined.charAt(end - 1) == '_') {
            end--;
        }
        return joined.substring(start, end);
    }

    /** A numeric cell, or a text cell that parses as a decimal number; null otherwise. */
    static Double number(Object value) {
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? null : number;
        }
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(text);
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
    }
}
