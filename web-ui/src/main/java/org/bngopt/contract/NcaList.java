package org.bngopt.contract;

import java.util.List;

/** {@code GET /api/reference/ncas}. */
public record NcaList(String referenceDataVersion, List<Area> ncas) {
}
