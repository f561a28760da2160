package org.bngopt.rules;

import org.bngopt.quote.HoldPolicy;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;

/** The sample reference set and the rule objects built on it, shared by the rule tests. */
final class SampleFixture {
    static final ReferenceData SAMPLE = ReferenceCsv.readSample();
    static final Catalogue CATALOGUE = new Catalogue(SAMPLE);
    static final StockPools POOLS = new StockPools(SAMPLE, CATALOGUE, HoldPolicy.IGNORE);

    private SampleFixture() {
    }

    static org.bngopt.reference.Bank bank(String id) {
        return SAMPLE.banks().stream().filter(bank -> bank.id().equals(id)).findFirst().orElseThrow();
    }
}
