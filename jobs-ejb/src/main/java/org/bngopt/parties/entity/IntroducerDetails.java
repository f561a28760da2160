package org.bngopt.parties.entity;

import org.bngopt.quote.DiscountType;

import java.math.BigDecimal;

/** What an admin types about an introducer; {@code discountValue} only for PERCENTAGE. */
public record IntroducerDetails(String name, DiscountType discountType, BigDecimal discountValue, String email,
                                boolean active) {
}
