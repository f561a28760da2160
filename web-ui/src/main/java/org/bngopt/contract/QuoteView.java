package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quotes.ManualLine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A saved quote (quotes.md Q1–Q5): its reference and status, client, site, introducer, the request and
 * result it was priced from, its manual lines, its totals, what happened to it, its revisions, the
 * actions its status allows and the e-mails sent of it. Dates are ISO-8601.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"reference", "baseReference", "revision", "status", "customer", "introducer", "site", "notes", "jobId",
        "referenceDataVersion", "solverStatus", "totals", "manualLines", "request", "result", "createdBy", "createdAt",
        "issuedAt", "validUntil", "decidedAt", "actions", "events", "revisions", "messages"})
public record QuoteView(String reference, String baseReference, int revision, String status, CustomerView customer,
                        Introducer introducer, Site site, String notes, String jobId, String referenceDataVersion,
                        String solverStatus, Totals totals, List<ManualLine> manualLines, QuoteRequest request,
                        QuoteResult result, String createdBy, String createdAt, String issuedAt, String validUntil,
                        String decidedAt, List<String> actions, List<Event> events, List<Revision> revisions,
                        List<MessageView> messages) {

    /** The introducer who brought the quote, by id and name. */
    public record Introducer(long id, String name) {
    }

    /** Where the development is: as the client names it, and the LPA and NCA it was priced for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Site(String location, String postcode, String lpa, String nca) {
    }

    /**
     * The result's total (after its discounts, with the admin fee), the manual lines' subtotal (no discount)
     * and the quote's total, all before VAT.
     */
    public record Totals(BigDecimal result, BigDecimal manualLines, BigDecimal total) {
    }

    public record Event(String at, String actor, String from, String to, String detail) {
    }

    public record Revision(String reference, String status, BigDecimal total, String createdAt) {
    }
}
