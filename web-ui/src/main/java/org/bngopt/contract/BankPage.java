package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** {@code GET /api/reference/banks}. */
public record BankPage(String referenceDataVersion, int page, int size, int total, List<BankView> banks)
        implements Paged<BankView> {
    @Override
    @JsonIgnore
    public List<BankView> rows() {
        return banks;
    }
}
