package org.bngopt.quotes;

import java.util.Locale;

/** Where a quote is in its life (quotes.md Q3). */
public enum QuoteStatus {
    DRAFT, ISSUED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED;

    /** True while the quote's stock is held. */
    public boolean holdsStock() {
        return this == ISSUED;
    }

    /** As a sentence says it: "a draft", "issued". */
    public String described() {
        return this == DRAFT ? "a draft" : name().toLowerCase(Locale.ROOT);
    }

    /** As a person reads it: "Issued". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
