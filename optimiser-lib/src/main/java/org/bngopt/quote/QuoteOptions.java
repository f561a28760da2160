package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** The request options with every default of rules.md §11 filled in; {@code maxBanks} null means R8.2's default. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteOptions(HoldPolicy quotesHoldPolicy, PromoterDiscount promoterDiscount, boolean allowPairing,
                           Integer maxBanks, BigDecimal suoEligibleSurplus) {
    public static final QuoteOptions DEFAULTS =
            new QuoteOptions(HoldPolicy.IGNORE, PromoterDiscount.NONE, true, null, BigDecimal.ZERO);
}
