package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bngopt.reference.Price;

import java.util.List;

/** {@code GET /api/reference/prices}. */
public record PricePage(String referenceDataVersion, int page, int size, int total, List<Price> prices)
        implements Paged<Price> {
    @Override
    @JsonIgnore
    public List<Price> rows() {
        return prices;
    }
}
