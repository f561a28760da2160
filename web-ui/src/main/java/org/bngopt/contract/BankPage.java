package org.bngopt.contract;

import java.util.List;

/** {@code GET /api/reference/banks}. */
public record BankPage(String referenceDataVersion, int page, int size, int total, List<BankView> banks) {
}
