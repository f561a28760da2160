package org.bngopt.contract;

/** A habitat a demand line may name: the catalogue plus the Net Gain labels (rules.md R1.2). */
public record DemandHabitat(String name, String broadType, String distinctiveness, String ledger, boolean netGain) {
}
