package org.bngopt.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * The client document of a quote (quotes.md Q6), in the order it is read: brand, title, dates, client,
 * site, introducer, the sections, the money, next steps and the reference-data version. Amounts are
 * whole pounds before VAT; {@code subtotal} is the sum of the shown costs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"brand", "title", "reference", "issuedOn", "validUntil", "client", "site", "introducer", "sections",
        "subtotal", "adminFee", "total", "vatNote", "text", "nextSteps", "referenceDataVersion"})
public record ClientDocument(Brand brand, String title, String reference, String issuedOn, String validUntil, Client client,
                             Site site, Introducer introducer, List<DocumentSection> sections, BigDecimal subtotal,
                             BigDecimal adminFee, BigDecimal total, String vatNote, Text text, List<String> nextSteps,
                             String referenceDataVersion) {
    public static final String VAT_NOTE = "+ VAT";
    public static final String ADMIN_FEE_LABEL = "Planning discharge pack";

    public record Brand(String name, String address, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Client(String name, String company) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Site(String location, String postcode, String lpa, String nca) {
    }

    public record Introducer(String name) {
    }

    /** The money and dates as displayed: "£12,345", "3 December 2026". */
    public record Text(String subtotal, String adminFee, String total, String issuedOn, String validUntil) {
    }
}
