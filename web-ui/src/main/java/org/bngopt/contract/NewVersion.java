package org.bngopt.contract;

/** The reference-data version an edit created. */
public record NewVersion(String version) {
}
