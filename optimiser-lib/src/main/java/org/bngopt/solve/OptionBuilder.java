package org.bngopt.solve;

import org.bngopt.reference.Bank;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.SpatialRiskMultiplier;
import org.bngopt.rules.Catalogue;
import org.bngopt.rules.PriceBook;
import org.bngopt.rules.StockPools;
import org.bngopt.rules.Tiers;
import org.bngopt.rules.TradingRules;
import org.bngopt.rules.UnitPrice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Builds every normal (R7.1) and paired (R7.2) option of the demand lines. */
final class OptionBuilder {
    private final Catalogue catalogue;
    private final List<Bank> banks;
    private final Tiers tiers;
    private final Map<String, SpatialRiskMultiplier> srmByTier;
    private final TradingRules trading;
    private final StockPools pools;
    private final PriceBook prices;
    private final boolean allowPairing;

    OptionBuilder(Catalogue catalogue, List<Bank> banks, Tiers tiers, Map<String, SpatialRiskMultiplier> srmByTier,
                  TradingRules trading, StockPools pools, PriceBook prices, boolean allowPairing) {
        this.catalogue = catalogue;
        this.banks = banks;
        this.tiers = tiers;
        this.srmByTier = srmByTier;
        this.trading = trading;
        this.pools = pools;
        this.prices = prices;
        this.allowPairing = allowPairing;
    }

    /** The options of one line, normal ones first per bank, supplies in name order. */
    List<Option> optionsFor(int lineIndex, String demand) {
        Ledger ledger = catalogue.ledgerOf(demand);
        List<Option> options = new ArrayList<>();
        for (Bank bank : banks) {
            String tier = tiers.tierOf(bank, ledger);
            SpatialRiskMultiplier srm = srmByTier.get(tier);
            if (srm == null) {
                throw new IllegalStateException("the srm table has no tier '" + tier + "'");
            }
            Map<String, BigDecimal> stocked = pools.poolsAt(bank.id());
            for (String supply : new TreeSet<>(trading.legalSupplies(demand))) {
                if (!stocked.containsKey(supply)) {
                    continue;
                }
                Optional<UnitPrice> price = prices.price(bank.id(), tier, demand, supply);
                if (price.isEmpty()) {
                    continue;
                }
                Option normal = Option.normal(lineIndex, bank.id(), supply, tier, srm.multiplier(), srm.rank(), price.get());
                options.add(normal);
                if (allowPairing && ledger == Ledger.AREA && !Tiers.LOCAL.equals(tier)) {
                    addPairs(normal, demand, stocked, options);
                }
            }
        }
        return options;
    }

    private void addPairs(Option main, String demand, Map<String, BigDecimal> stocked, List<Option> options) {
        int low = catalogue.level(Catalogue.LOW);
        for (String companion : new TreeSet<>(stocked.keySet())) {
            boolean eligible = !companion.equals(main.supply())
                    && catalogue.habitat(companion).filter(h -> h.ledger() == Ledger.AREA).isPresent()
                    && catalogue.levelOfHabitat(companion) >= low;
            if (eligible) {
                prices.price(main.bankId(), main.tier(), demand, companion)
                        .ifPresent(price -> options.add(Option.paired(main, companion, price)));
            }
        }
    }
}
