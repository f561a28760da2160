package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bngopt.reference.StockParcel;

import java.util.List;

/** {@code GET /api/reference/stock}. */
public record StockPage(String referenceDataVersion, int page, int size, int total, List<StockParcel> stock)
        implements Paged<StockParcel> {
    @Override
    @JsonIgnore
    public List<StockParcel> rows() {
        return stock;
    }
}
