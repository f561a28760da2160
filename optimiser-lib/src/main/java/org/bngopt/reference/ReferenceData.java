package org.bngopt.reference;

import java.util.List;
import java.util.Objects;

/**
 * One immutable version of all reference tables. Everything the optimiser knows about banks, stock,
 * prices and rules comes from one of these, so a result is reproducible from its
 * {@link #version()}.
 */
public record ReferenceData(String version,
                            List<Bank> banks,
                            List<Habitat> habitats,
                            List<DistinctivenessLevel> distinctivenessLevels,
                            List<StockParcel> stock,
                            List<Price> prices,
                            List<SpatialRiskMultiplier> spatialRiskMultipliers,
                            List<ContractSize> contractSizes,
                            List<TradingRule> tradingRules,
                            List<Adjacency> lpaAdjacency,
                            List<Adjacency> ncaAdjacency) {
    public ReferenceData {
        Objects.requireNonNull(version, "version");
        banks = List.copyOf(banks);
        habitats = List.copyOf(habitats);
        distinctivenessLevels = List.copyOf(distinctivenessLevels);
        stock = List.copyOf(stock);
        prices = List.copyOf(prices);
        spatialRiskMultipliers = List.copyOf(spatialRiskMultipliers);
        contractSizes = List.copyOf(contractSizes);
        tradingRules = List.copyOf(tradingRules);
        lpaAdjacency = List.copyOf(lpaAdjacency);
        ncaAdjacency = List.copyOf(ncaAdjacency);
    }

    /** The same tables under another version. */
    public ReferenceData withVersion(String newVersion) {
        return new ReferenceData(newVersion, banks, habitats, distinctivenessLevels, stock, prices, spatialRiskMultipliers,
                contractSizes, tradingRules, lpaAdjacency, ncaAdjacency);
    }
}
