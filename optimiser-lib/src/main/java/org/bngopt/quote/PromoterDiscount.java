package org.bngopt.quote;

import java.math.BigDecimal;

/** A promoter discount; {@code value} is the percentage and is set only for PERCENTAGE (R12.1). */
public record PromoterDiscount(DiscountType type, BigDecimal value) {
    public static final PromoterDiscount NONE = new PromoterDiscount(DiscountType.NONE, null);
}
