package org.bngopt.reference;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceIntegrityTest {

    @Test
    void theSampleSetIsWhole() {
        assertThat(ReferenceIntegrity.problems(ReferenceCsv.readSample())).isEmpty();
    }

    @Test
    void namesEachRowThatRefersToSomethingUndefinedOrIsNegative() {
        ReferenceData sample = ReferenceCsv.readSample();
        List<StockParcel> stock = new ArrayList<>(sample.stock());
        StockParcel first = stock.get(0);
        stock.set(0, new StockParcel(first.id(), "NO-SUCH-BANK", first.habitatName(), first.availableExclQuotes(), first.quoted()));
        StockParcel third = stock.get(2);
        stock.set(2, new StockParcel(third.id(), third.bankId(), third.habitatName(), new BigDecimal("-1"), third.quoted()));
        List<Price> prices = new ArrayList<>(sample.prices());
        Price price = prices.get(4);
        prices.set(4, new Price(price.bankId(), "Unicorn meadow", price.contractSize(), "very far", price.price()));
        ReferenceData broken = new ReferenceData(sample.version(), sample.banks(), sample.habitats(),
                sample.distinctivenessLevels(), stock, prices, sample.spatialRiskMultipliers(), sample.contractSizes(),
                sample.tradingRules(), sample.lpaAdjacency(), sample.ncaAdjacency());

        assertThat(ReferenceIntegrity.problems(broken)).extracting(ReferenceProblem::toString).containsExactly(
                "prices.csv line 6: column 'habitat_name': 'Unicorn meadow' is not defined in the set",
                "prices.csv line 6: column 'tier': 'very far' is not defined in the set",
                "stock.csv line 2: column 'bank_id': 'NO-SUCH-BANK' is not defined in the set",
                "stock.csv line 4: column 'available_excl_quotes': -1 is negative");
    }
}
