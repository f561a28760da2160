package org.bngopt.unavailability;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * The proof that a quote's unmet units could not be bought from a bank: per unmet line, the banks that
 * could legally supply it and why each did not; the banks considered; the reference data it rests on.
 */
@JsonPropertyOrder({"referenceDataVersion", "banksConsidered", "bankLimit", "contractSize", "lines"})
public record Unavailability(String referenceDataVersion, int banksConsidered, Integer bankLimit, String contractSize,
                             List<Line> lines) {

    /** One unmet line: its habitat, ledger, unmet units and reason code (rules.md R9), and the candidate banks. */
    @JsonPropertyOrder({"lineIndex", "habitat", "ledger", "units", "reason", "legalSupplies", "banks"})
    public record Line(int lineIndex, String habitat, String ledger, BigDecimal units, String reason, List<String> legalSupplies,
                       List<Candidate> banks) {
    }

    /**
     * A bank with stock rows of a legal supply of the line: its tier for the site, its stock after the
     * quotes-hold policy, the units this quote took from it, whether it has a price at that tier and
     * contract size, and why it did not supply the unmet units (a {@link Why} code and its words).
     */
    @JsonPropertyOrder({"bankId", "bankName", "supplyHabitat", "tier", "stock", "usedByQuote", "priced", "why", "explanation"})
    public record Candidate(String bankId, String bankName, String supplyHabitat, String tier, BigDecimal stock,
                            BigDecimal usedByQuote, boolean priced, Why why, String explanation) {
    }

    /** Why a candidate bank did not supply the unmet units. */
    public enum Why {
        /** Nothing left after the quotes-hold policy. */
        NO_STOCK,
        /** No price for that habitat at that bank, tier and contract size. */
        NO_PRICE,
        /** Its units went to this quote's lines. */
        USED_BY_QUOTE,
        /** The quote already uses as many banks as it may. */
        BANK_LIMIT,
        /** Supplying from it would break another rule of the quote (a minimum delivery, say). */
        OTHER_RULE
    }
}
