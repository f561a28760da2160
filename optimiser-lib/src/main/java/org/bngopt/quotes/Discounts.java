package org.bngopt.quotes;

import org.bngopt.quote.DiscountType;
import org.bngopt.quote.PromoterDiscount;

/** Comparing and naming promoter discounts, for the introducer rule of quotes.md Q1. */
public final class Discounts {
    private Discounts() {
    }

    public static boolean same(PromoterDiscount one, PromoterDiscount other) {
        PromoterDiscount a = one == null ? PromoterDiscount.NONE : one;
        PromoterDiscount b = other == null ? PromoterDiscount.NONE : other;
        if (a.type() != b.type()) {
            return false;
        }
        return a.type() != DiscountType.PERCENTAGE
                || a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0;
    }

    /** "no promoter discount", "a 5% promoter discount", "the tier-up promoter discount". */
    public static String describe(PromoterDiscount discount) {
        PromoterDiscount d = discount == null ? PromoterDiscount.NONE : discount;
        return switch (d.type()) {
            case NONE -> "no promoter discount";
            case PERCENTAGE -> "a " + d.value().stripTrailingZeros().toPlainString() + "% promoter discount";
            case TIER_UP -> "the tier-up promoter discount";
        };
    }
}
