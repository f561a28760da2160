package org.bngopt.reference;

import java.math.BigDecimal;

/**
 * The numbers reference data may hold: enough for quantities and money, and within what the database
 * stores ({@code 1e999999999} parses, but fits no column).
 */
public final class ReferenceNumbers {
    private static final int MAX_WHOLE_DIGITS = 15;
    private static final int MAX_DECIMALS = 12;
    public static final String LIMITS = "at most " + MAX_WHOLE_DIGITS + " digits before the point and " + MAX_DECIMALS + " after";

    private ReferenceNumbers() {
    }

    public static boolean fits(BigDecimal number) {
        return number.precision() - number.scale() <= MAX_WHOLE_DIGITS && number.scale() <= MAX_DECIMALS;
    }
}
