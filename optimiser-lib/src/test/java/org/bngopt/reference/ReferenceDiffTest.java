package org.bngopt.reference;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDiffTest {

    @Test
    void theSameSetChangesNothing() {
        ReferenceData sample = ReferenceCsv.readSample();

        assertThat(ReferenceDiff.between(sample, sample)).noneMatch(ReferenceDiff.TableChange::any).hasSize(10);
    }

    @Test
    void countsRowsAddedRemovedAndChangedPerTable() {
        ReferenceData sample = ReferenceCsv.readSample();
        List<StockParcel> stock = new ArrayList<>(sample.stock());
        StockParcel first = stock.get(0);
        stock.set(0, new StockParcel(first.id(), first.bankId(), first.habitatName(), new BigDecimal("999"), first.quoted()));
        stock.remove(1);
        stock.add(new StockParcel("NEW-1", first.bankId(), first.habitatName(), BigDecimal.ONE, BigDecimal.ZERO));
        stock.add(new StockParcel("NEW-2", first.bankId(), first.habitatName(), BigDecimal.ONE, BigDecimal.ZERO));
        List<Adjacency> lpas = new ArrayList<>(sample.lpaAdjacency());
        lpas.remove(0);
        ReferenceData changed = new ReferenceData("next", sample.banks(), sample.habitats(), sample.distinctivenessLevels(),
                stock, sample.prices(), sample.spatialRiskMultipliers(), sample.contractSizes(), sample.tradingRules(),
                lpas, sample.ncaAdjacency());

        assertThat(ReferenceDiff.between(sample, changed)).filteredOn(ReferenceDiff.TableChange::any).containsExactly(
                new ReferenceDiff.TableChange("stock.csv", 2, 1, 1),
                new ReferenceDiff.TableChange("lpa_adjacency.csv", 0, 1, 0));
    }
}
