package org.bngopt.contract;

import java.util.List;

/** {@code GET /api/reference/lpas}. */
public record LpaList(String referenceDataVersion, List<Area> lpas) {
}
