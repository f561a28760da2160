package org.bngopt.contract;

/** {@code GET /api/info}: which application version, reference data and instance answered. */
public record Info(String application, String version, String referenceDataVersion, String instance) {
}
