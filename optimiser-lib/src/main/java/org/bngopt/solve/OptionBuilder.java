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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the options of the demand lines: every normal option (R7.1) and, in the {@link Formulation#FULL}
 * form, every paired option (R7.2); in the {@link Formulation#REDUCED} form the pairs of a (line, bank)
 * become main and companion variables, and companions that are legal supplies of the line drop out
 * (solver-notes.md, reduction A: such a pair is exactly a mix of two normal options). Banks, tiers and
 * sorted pools are looked up once per request rather than once per line.
 */
final class OptionBuilder {
    private final Catalogue catalogue;
    private final List<Bank> banks;
    private final Tiers tiers;
    private final Map<String, SpatialRiskMultiplier> srmByTier;
    private final TradingRules trading;
    private final PriceBook prices;
    private final boolean allowPairing;
    private final Formulation formulation;
    /** Per bank, its pooled habitats in name order. */
    private final List<List<String>> poolsByBank = new ArrayList<>();
    /** Per bank, its pooled habitats that may be a companion (area, at least Low: R7.2), in name order. */
    private final List<List<String>> companionsByBank = new ArrayList<>();
    private final Map<Ledger, String[]> tierByLedger = new EnumMap<>(Ledger.class);

    OptionBuilder(Catalogue catalogue, List<Bank> banks, Tiers tiers, Map<String, SpatialRiskMultiplier> srmByTier,
                  TradingRules trading, StockPools pools, PriceBook prices, boolean allowPairing, Formulation formulation) {
        this.catalogue = catalogue;
        this.banks = banks;
        this.tiers = tiers;
        this.srmByTier = srmByTier;
        this.trading = trading;
        this.prices = prices;
        this.allowPairing = allowPairing;
        this.formulation = formulation;
        int low = catalogue.level(Catalogue.LOW);
        for (Bank bank : banks) {
            List<String> pooled = pools.poolsAt(bank.id()).keySet().stream().sorted().toList();
            poolsByBank.add(pooled);
            companionsByBank.add(pooled.stream()
                    .filter(habitat -> catalogue.habitat(habitat).filter(h -> h.ledger() == Ledger.AREA).isPresent()
                            && catalogue.levelOfHabitat(habitat) >= low)
                    .toList());
        }
    }

    /** The options of one line, bank by bank: normal ones in supply order, then the paired ones. */
    List<Option> optionsFor(int lineIndex, String demand) {
        Ledger ledger = catalogue.ledgerOf(demand);
        String[] tierOfBank = tierByLedger.computeIfAbsent(ledger, this::tiers);
        Set<String> legal = trading.legalSupplies(demand);
        List<Option> options = new ArrayList<>();
        for (int b = 0; b < banks.size(); b++) {
            String bankId = banks.get(b).id();
            String tier = tierOfBank[b];
            SpatialRiskMultiplier srm = srmByTier.get(tier);
            List<Option> normals = new ArrayList<>();
            for (String supply : poolsByBank.get(b)) {
                if (legal.contains(supply)) {
                    prices.price(bankId, tier, demand, supply).ifPresent(price ->
                            normals.add(Option.normal(lineIndex, bankId, supply, tier, srm.multiplier(), srm.rank(), price)));
                }
            }
            boolean pairing = allowPairing && ledger == Ledger.AREA && !Tiers.LOCAL.equals(tier) && !normals.isEmpty();
            if (!pairing) {
                options.addAll(normals);
            } else if (formulation == Formulation.FULL) {
                for (Option main : normals) {
                    options.add(main);
                    for (String companion : companionsByBank.get(b)) {
                        if (!companion.equals(main.supply())) {
                            prices.price(bankId, tier, demand, companion)
                                    .ifPresent(price -> options.add(Option.paired(main, companion, price)));
                        }
                    }
                }
            } else {
                options.addAll(normals);
                addAggregatedPairs(normals, demand, companionsByBank.get(b), options);
            }
        }
        return options;
    }

    private void addAggregatedPairs(List<Option> normals, String demand, List<String> candidates, List<Option> options) {
        Option first = normals.get(0);
        Set<String> normalSupplies = new HashSet<>();
        normals.forEach(normal -> normalSupplies.add(normal.supply()));
        List<Option> companions = new ArrayList<>();
        for (String companion : candidates) {
            if (!normalSupplies.contains(companion)) {
                Optional<UnitPrice> price = prices.price(first.bankId(), first.tier(), demand, companion);
                price.ifPresent(p -> companions.add(Option.companion(first, companion, p)));
            }
        }
        if (!companions.isEmpty()) {
            normals.forEach(main -> options.add(Option.pairedMain(main)));
            options.addAll(companions);
        }
    }

    private String[] tiers(Ledger ledger) {
        String[] tierOfBank = new String[banks.size()];
        for (int b = 0; b < tierOfBank.length; b++) {
            tierOfBank[b] = tiers.tierOf(banks.get(b), ledger);
            if (!srmByTier.containsKey(tierOfBank[b])) {
                throw new IllegalStateException("the srm table has no tier '" + tierOfBank[b] + "'");
            }
        }
        return tierOfBank;
    }
}
