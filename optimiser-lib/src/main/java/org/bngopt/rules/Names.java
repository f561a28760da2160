package org.bngopt.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** R2.1 name normalisation for every LPA, NCA and catchment comparison. */
public final class Names {
    private static final String BOUNDARY_BEFORE = "(?<![a-z0-9])";
    private static final String BOUNDARY_AFTER = "(?![a-z0-9])";
    private static final Pattern PHRASES = Pattern.compile(BOUNDARY_BEFORE
            + "(city\\s+of|royal\\s+borough\\s+of|metropolitan\\s+borough\\s+of)" + BOUNDARY_AFTER);
    private static final Pattern WORDS = Pattern.compile(BOUNDARY_BEFORE
            + "(council|borough|district|county|unitary\\s+authority|unitary|city)" + BOUNDARY_AFTER);
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private Names() {
    }

    /** The normalised name, or null when the name is not given (absent or empty after normalising). */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String result = name.toLowerCase(Locale.ROOT).replace("&", " and ");
        result = PHRASES.matcher(result).replaceAll(" ");
        result = WORDS.matcher(result).replaceAll(" ");
        result = NOT_ALPHANUMERIC.matcher(result).replaceAll("");
        return result.isEmpty() ? null : result;
    }
}
