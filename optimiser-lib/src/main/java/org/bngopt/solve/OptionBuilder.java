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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the options of the demand lines: every normal option (R7.1) and, in the {@link Formulation#FULL}
 * form, every paired option (R7.2); in the {@link Formulation#REDUCED} form the pairs of a (line, bank)
 * become main and companion variables, and companions that are legal supplies of the line drop out
 * (docs/optimiser.md, measured solver facts, reduction A: such a pair is exactly a mix of two normal options). Banks, tiers and
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
    /** Area lines in the request: sharing companions pays from two up, one line needs fewer per-line ones. */
    private final int areaLines;
    /** Per bank, its pooled habitats in name order. */
    private final List<List<String>> poolsByBank = new ArrayList<>();
    /** Per bank, its pooled habitats that may be a companion (area, at least Low: R7.2), in name order. */
    private final List<List<String>> companionsByBank = new ArrayList<>();
    private final Map<Ledger, String[]> tierByLedger = new EnumMap<>(Ledger.class);
    private final Map<Integer, Boolean> sharesCompanionsByBank = new HashMap<>();
    private final Map<Integer, List<Option>> sharedCompanions = new TreeMap<>();

    OptionBuilder(Catalogue catalogue, List<Bank> banks, Tiers tiers, Map<String, SpatialRiskMultiplier> srmByTier,
                  TradingRules trading, StockPools pools, PriceBook prices, boolean allowPairing, Formulation formulation,
                  int areaLines) {
        this.catalogue = catalogue;
        this.banks = banks;
        this.tiers = tiers;
        this.srmByTier = srmByTier;
        this.trading = trading;
        this.prices = prices;
        this.allowPairing = allowPairing;
        this.formulation = formulation;
        this.areaLines = areaLines;
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
            } else if (sharesCompanions(b, tier)) {
                options.addAll(normals);
                normals.forEach(main -> options.add(Option.pairedMain(main)));
                sharedCompanions.computeIfAbsent(b, bank -> companionsAt(normals.get(0), demand, companionsByBank.get(bank)));
            } else {
                options.addAll(normals);
                addAggregatedPairs(normals, demand, companionsByBank.get(b), options);
            }
        }
        return options;
    }

    /**
     * The companion variables of the banks whose companions every line shares, in bank order. They
     * belong to no line (index −1): one balance row per bank ties them to all its lines' pairs.
     */
    List<Option> sharedCompanions() {
        return sharedCompanions.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Whether the lines paired at a bank can share its companion stock: when every possible companion
     * has an exact price there, its price is the same for every line (R4), and a companion that is
     * also a line's main or legal supply pairs into exactly a normal option or a mix of normal options.
     */
    private boolean sharesCompanions(int bank, String tier) {
        return areaLines > 1 && sharesCompanionsByBank.computeIfAbsent(bank, b -> !companionsByBank.get(b).isEmpty() && companionsByBank.get(b).stream().allMatch(companion ->
                prices.price(banks.get(b).id(), tier, companion, companion).filter(p -> UnitPrice.EXACT.equals(p.source())).isPresent()));
    }

    private List<Option> companionsAt(Option main, String demand, List<String> candidates) {
        Option shared = main.forLine(-1);
        List<Option> companions = new ArrayList<>();
        for (String companion : candidates) {
            prices.price(main.bankId(), main.tier(), demand, companion)
                    .ifPresent(price -> companions.add(Option.companion(shared, companion, price)));
        }
        return companions;
    }

    /** Reduction A for one line at one bank: only companions that are not legal supplies of the line. */
    private void addAggregatedPairs(List<Option> normals, String demand, List<String> candidates, List<Option> options) {
        Set<String> normalSupplies = new HashSet<>();
        normals.forEach(normal -> normalSupplies.add(normal.supply()));
        List<Option> companions = new ArrayList<>();
        for (String companion : candidates) {
            if (!normalSupplies.contains(companion)) {
                Optional<UnitPrice> price = prices.price(normals.get(0).bankId(), normals.get(0).tier(), demand, companion);
                price.ifPresent(p -> companions.add(Option.companion(normals.get(0), companion, p)));
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
