package org.bngopt.contract;

/** A bank with its tier for the site asked about (rules.md R2.3; null without a site). */
public record BankView(String id, String name, String lpa, String nca, String waterbodyCatchment,
                       String operationalCatchment, String tier) {
}
