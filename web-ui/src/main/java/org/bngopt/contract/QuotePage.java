package org.bngopt.contract;

import java.util.List;

/** One page of a quote search, newest first. */
public record QuotePage(int page, int size, long total, List<QuoteSummary> quotes) {
}
