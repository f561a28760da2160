package org.bngopt.quotes.entity;

import org.bngopt.quotes.QuoteStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A saved quote: its request and result as JSON (frozen once issued), the manual lines as JSON, its
 * totals, its parties by id with their names, and when it was issued and decided.
 */
public record Quote(String reference, String baseReference, int revision, QuoteStatus status, long customerId,
                    String customerName, String customerCompany, Long introducerId, String introducerName,
                    String siteLocation, String sitePostcode, String notes, UUID jobId, String requestJson,
                    String resultJson, String referenceVersion, String solverStatus, String lpa, String nca,
                    String manualLinesJson, BigDecimal resultTotal, BigDecimal manualSubtotal, BigDecimal total,
                    String createdBy, OffsetDateTime createdAt, OffsetDateTime issuedAt, LocalDate validUntil,
                    OffsetDateTime decidedAt) {
}
