package org.bngopt.contract;

import java.util.List;

/** {@code GET /api/reference/habitats}. */
public record HabitatList(String referenceDataVersion, List<DemandHabitat> habitats) {
}
