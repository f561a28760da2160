package org.bngopt.parties.entity;

import org.bngopt.quote.DiscountType;
import org.bngopt.quote.PromoterDiscount;

import java.math.BigDecimal;

/** Someone who brings clients, and the promoter discount their clients get (quotes.md Q1). */
public record Introducer(long id, String name, DiscountType discountType, BigDecimal discountValue, String email,
                         boolean active) {
    /** The request's {@code options.promoterDiscount} for a quote this introducer brought. */
    public PromoterDiscount promoterDiscount() {
        return new PromoterDiscount(discountType, discountType == DiscountType.PERCENTAGE ? discountValue : null);
    }
}
