package org.bngopt.quote;

import java.util.List;

/** A validated request (rules.md §11): demand lines in request order, the site and the options. */
public record QuoteRequest(List<DemandLine> demand, Site site, QuoteOptions options) {
    public QuoteRequest {
        demand = List.copyOf(demand);
    }
}
