package org.bngopt.quote;

/** Promoter discount kinds (R12). */
public enum DiscountType {
    NONE, PERCENTAGE, TIER_UP
}
