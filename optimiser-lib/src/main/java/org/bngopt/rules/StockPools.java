package org.bngopt.rules;

import org.bngopt.quote.HoldPolicy;
import org.bngopt.reference.Bank;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.StockParcel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * R1.3 and R13: the stock of each (bank, habitat) after the quotes-hold policy. Rows of unknown banks or
 * habitats and felled woodland are left out, and empty pools do not exist.
 */
public final class StockPools {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Map<String, Map<String, BigDecimal>> byBank = new HashMap<>();
    private final Set<String> stockedHabitats = new HashSet<>();

    public StockPools(ReferenceData reference, Catalogue catalogue, HoldPolicy policy) {
        Set<String> banks = new HashSet<>();
        for (Bank bank : reference.banks()) {
            banks.add(bank.id());
        }
        for (StockParcel parcel : reference.stock()) {
            if (banks.contains(parcel.bankId()) && catalogue.isSupplyHabitat(parcel.habitatName())) {
                byBank.computeIfAbsent(parcel.bankId(), bank -> new HashMap<>())
                        .merge(parcel.habitatName(), held(parcel, policy), BigDecimal::add);
            }
        }
        byBank.values().forEach(pools -> pools.values().removeIf(units -> units.signum() <= 0));
        byBank.values().forEach(pools -> stockedHabitats.addAll(pools.keySet()));
    }

    /** R13, per stock row, floored at 0. */
    static BigDecimal held(StockParcel parcel, HoldPolicy policy) {
        BigDecimal units = switch (policy) {
            case IGNORE -> parcel.availableExclQuotes();
            case HOLD_100 -> parcel.availableExclQuotes().subtract(parcel.quoted());
            case HOLD_50 -> parcel.availableExclQuotes().subtract(HALF.multiply(parcel.quoted()));
        };
        return units.max(BigDecimal.ZERO);
    }

    /** The pool's units, or null when there is no such pool. */
    public BigDecimal units(String bankId, String habitat) {
        Map<String, BigDecimal> pools = byBank.get(bankId);
        return pools == null ? null : pools.get(habitat);
    }

    public Map<String, BigDecimal> poolsAt(String bankId) {
        return byBank.getOrDefault(bankId, Map.of());
    }

    /** Whether any bank has a pool of this habitat (R6.2 "has stock"). */
    public boolean anyBankHas(String habitat) {
        return stockedHabitats.contains(habitat);
    }
}
