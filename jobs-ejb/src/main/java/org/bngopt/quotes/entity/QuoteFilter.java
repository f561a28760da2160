package org.bngopt.quotes.entity;

import org.bngopt.quotes.QuoteStatus;

import java.time.LocalDate;

/**
 * A search over quotes; every part is optional. {@code reference} matches from the start, {@code client}
 * anywhere in the customer's name or company, {@code lpa} and {@code nca} exactly (in any case); the dates
 * bound the creation day, both inclusive; {@code customerId} one customer's. {@code createdBy} limits a quoter
 * to their own quotes.
 */
public record QuoteFilter(String reference, String client, QuoteStatus status, String lpa, String nca, LocalDate from,
                          LocalDate to, Long customerId, String createdBy) {
}
