package org.bngopt.quotes.entity;

import java.time.OffsetDateTime;

/** One e-mail composed for a quote: to whom, what it said, and whether it was SENT, is in the OUTBOX or FAILED (why). */
public record QuoteMessage(long id, String reference, OffsetDateTime createdAt, String createdBy, String recipient,
                           String subject, String status, String reason) {
}
