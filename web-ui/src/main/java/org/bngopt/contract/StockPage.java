package org.bngopt.contract;

import org.bngopt.reference.StockParcel;

import java.util.List;

/** {@code GET /api/reference/stock}. */
public record StockPage(String referenceDataVersion, int page, int size, int total, List<StockParcel> stock) {
}
