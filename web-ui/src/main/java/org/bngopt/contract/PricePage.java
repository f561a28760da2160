package org.bngopt.contract;

import org.bngopt.reference.Price;

import java.util.List;

/** {@code GET /api/reference/prices}. */
public record PricePage(String referenceDataVersion, int page, int size, int total, List<Price> prices) {
}
