package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** A quote in a list: enough to find it and see where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteSummary(String reference, String status, long customerId, String customerName, String customerCompany,
                           String siteLocation, String lpa, String nca, BigDecimal total, String createdBy, String createdAt,
                           String validUntil) {
}
