package org.bngopt.rules;

import org.bngopt.reference.Habitat;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.TradingRule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** R6: which supply habitats may offset a demand habitat. Ledgers never mix (R6.1). */
public final class TradingRules {
    private final Catalogue catalogue;
    private final List<TradingRule> explicitRules;
    private final StockPools pools;
    private final Map<String, Set<String>> legalByDemand = new HashMap<>();

    public TradingRules(Catalogue catalogue, List<TradingRule> explicitRules, StockPools pools) {
        this.catalogue = catalogue;
        this.explicitRules = explicitRules;
        this.pools = pools;
    }

    public Set<String> legalSupplies(String demand) {
        return legalByDemand.computeIfAbsent(demand, this::compute);
    }

    private Set<String> compute(String demand) {
        Set<String> explicit = explicitSupplies(demand);
        if (explicit != null) {
            return explicit;
        }
        Ledger ledger = catalogue.ledgerOf(demand);
        Set<String> legal = new HashSet<>();
        for (Habitat supply : catalogue.habitats()) {
            if (supply.ledger() == ledger && catalogue.isSupplyHabitat(supply.name()) && isLegal(demand, ledger, supply)) {
                legal.add(supply.name());
            }
        }
        return legal;
    }

    /** R6.2: the explicit set when one of its habitats is stocked anywhere, else null. */
    private Set<String> explicitSupplies(String demand) {
        if (Catalogue.isNetGainLabel(demand) || catalogue.ledgerOf(demand) != Ledger.AREA) {
            return null;
        }
        Set<String> collected = new HashSet<>();
        boolean hasRows = false;
        for (TradingRule rule : explicitRules) {
            if (!rule.demandHabitat().equals(demand)) {
                continue;
            }
            hasRows = true;
            Habitat supply = catalogue.habitat(rule.allowedSupplyHabitat()).orElse(null);
            if (supply != null && supply.ledger() == Ledger.AREA && catalogue.isSupplyHabitat(supply.name())
                    && (rule.minDistinctiveness() == null
                    || catalogue.levelOfHabitat(supply.name()) >= catalogue.level(rule.minDistinctiveness()))) {
                collected.add(supply.name());
            }
        }
        return hasRows && collected.stream().anyMatch(pools::anyBankHas) ? collected : null;
    }

    private boolean isLegal(String demand, Ledger ledger, Habitat supply) {
        int low = catalogue.level(Catalogue.LOW);
        int supplyLevel = catalogue.level(supply.distinctiveness());
        boolean identical = supply.name().equals(demand);
        return switch (ledger) {
            case AREA -> isLegalArea(demand, supply, supplyLevel, low, identical);
            case HEDGEROW -> isLegalHedgerow(demand, supplyLevel, low, identical);
            case WATERCOURSE -> isLegalWatercourse(demand, supply, supplyLevel, identical);
        };
    }

    /** R6.3. */
    private boolean isLegalArea(String demand, Habitat supply, int supplyLevel, int low, boolean identical) {
        if (demand.equals(Catalogue.NET_GAIN_AREA)) {
            return supplyLevel >= low;
        }
        Habitat demanded = catalogue.habitat(demand).orElseThrow();
        int demandLevel = catalogue.level(demanded.distinctiveness());
        return switch (demanded.distinctiveness()) {
            case Catalogue.VERY_HIGH, Catalogue.HIGH -> identical;
            case Catalogue.MEDIUM -> supply.broadType().equals(demanded.broadType()) && supplyLevel >= demandLevel
                    || supplyLevel > demandLevel;
            case Catalogue.LOW -> supplyLevel >= low;
            case Catalogue.VERY_LOW -> true;
            default -> throw new IllegalStateException("unknown distinctiveness " + demanded.distinctiveness());
        };
    }

    /** R6.4. */
    private boolean isLegalHedgerow(String demand, int supplyLevel, int low, boolean identical) {
        if (demand.equals(Catalogue.NET_GAIN_HEDGEROW)) {
            return supplyLevel >= low;
        }
        String band = catalogue.bandOf(demand);
        if (band.equals(Catalogue.VERY_HIGH) || band.equals(Catalogue.HIGH)) {
            return identical;
        }
        return supplyLevel >= catalogue.level(band);
    }

    /** R6.5. */
    private boolean isLegalWatercourse(String demand, Habitat supply, int supplyLevel, boolean identical) {
        if (demand.equals(Catalogue.NET_GAIN_WATERCOURSE) || identical) {
            return true;
        }
        String band = catalogue.bandOf(demand);
        int demandLevel = catalogue.level(band);
        boolean sameType = canonicalType(supply.name()).equals(canonicalType(demand));
        return switch (band) {
            case Catalogue.VERY_HIGH -> false;
            case Catalogue.HIGH, Catalogue.MEDIUM, Catalogue.VERY_LOW -> sameType && supplyLevel >= demandLevel;
            case Catalogue.LOW -> sameType && supplyLevel > demandLevel;
            default -> throw new IllegalStateException("unknown distinctiveness " + band);
        };
    }

    static String canonicalType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("river") || lower.contains("stream")) {
            return "rivers_streams";
        }
        if (lower.contains("canal")) {
            return "canal";
        }
        if (lower.contains("ditch")) {
            return "ditch";
        }
        if (lower.contains("culvert")) {
            return "culvert";
        }
        return lower;
    }
}
