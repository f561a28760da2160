package org.bngopt.quotes;

import java.util.regex.Pattern;

/**
 * Quote references (quotes.md Q2): {@code BNG-A-} and a number of at least five digits for a new quote,
 * {@code X.n} for the n-th revision of X.
 */
public final class QuoteReferences {
    private static final Pattern REFERENCE = Pattern.compile("BNG-A-\\d{5,12}(\\.\\d{1,6})?");

    private QuoteReferences() {
    }

    public static String of(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("a quote number is not negative: " + number);
        }
        return String.format("BNG-A-%05d", number);
    }

    /** The text before the first dot: the quote that every revision of it is linked to. */
    public static String base(String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? reference : reference.substring(0, dot);
    }

    /** The revision after the highest so far ({@code highest} is 0 when there is none). */
    public static String revision(String reference, int highest) {
        return base(reference) + "." + (highest + 1);
    }

    /** 0 for a base reference, n for {@code X.n}. */
    public static int revisionOf(String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? 0 : Integer.parseInt(reference.substring(dot + 1));
    }

    /** True for text shaped like a reference, so that anything else is refused before any lookup. */
    public static boolean wellFormed(String text) {
        return text != null && REFERENCE.matcher(text).matches();
    }
}
