package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bngopt.quotes.ManualLine;

import java.util.List;

/**
 * The body of {@code POST /api/quotes} and {@code PATCH /api/quotes/{reference}} as the pages send it:
 * a part left null is not sent (in a change: left as it is).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteBody(String jobId, Long customerId, CustomerBody customer, SiteBody site, Long introducerId, String notes,
                        List<ManualLine> manualLines) {
    /** Where the development is, as the client names it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SiteBody(String location, String postcode) {
    }
}
