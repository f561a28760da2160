package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A promoter discount; {@code value} is the percentage and is set only for PERCENTAGE (R12.1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromoterDiscount(DiscountType type, BigDecimal value) {
    public static final PromoterDiscount NONE = new PromoterDiscount(DiscountType.NONE, null);
}
