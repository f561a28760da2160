package org.bngopt.quotes.entity;

import java.time.OffsetDateTime;

/** One step of a quote's life: who, when, from which status to which, and what else there is to say. */
public record QuoteEvent(OffsetDateTime at, String actor, String fromStatus, String toStatus, String detail) {
}
