package org.bngopt.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** R12.3: the small-unit-offset discount on the allocation subtotal. */
public final class SuoDiscount {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal CAP = new BigDecimal("0.60");

    private SuoDiscount() {
    }

    /** f = min(0.5 × surplus / delivered, 0.60), one quotient rounded half-up to 6 decimals; 0 without surplus or delivery. */
    public static BigDecimal fraction(BigDecimal surplus, BigDecimal delivered) {
        if (surplus.signum() == 0 || delivered.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return HALF.multiply(surplus).divide(delivered, MathContext.DECIMAL128).min(CAP).setScale(6, RoundingMode.HALF_UP);
    }

    public static BigDecimal amount(BigDecimal subtotal, BigDecimal fraction) {
        return subtotal.multiply(fraction).setScale(2, RoundingMode.HALF_UP);
    }
}
