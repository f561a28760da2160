package org.bngopt.rules;

import org.bngopt.quote.DiscountType;
import org.bngopt.quote.PromoterDiscount;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.Price;
import org.bngopt.reference.ReferenceData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * R4 and R12.1: the unit price of a supply habitat for a demand line at a bank and tier, at the price
 * size, exact or by the demand line's proxy rule, after a percentage discount.
 */
public final class PriceBook {
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final Catalogue catalogue;
    private final BigDecimal discountFactor;
    /** bank → tier → habitat → lowest price at the price size, catalogue supply habitats only. */
    private final Map<String, Map<String, Map<String, BigDecimal>>> rows = new HashMap<>();
    /**
     * Proxy prices already worked out, per (bank, tier) price table and demand habitat: without an exact
     * price, every supply of a line at a bank has the same proxy, which scans the bank's table. Not
     * thread-safe, like the request a price book serves.
     */
    private final Map<Map<String, BigDecimal>, Map<String, Optional<UnitPrice>>> proxies = new IdentityHashMap<>();

    public PriceBook(ReferenceData reference, Catalogue catalogue, String priceSize, PromoterDiscount discount) {
        this.catalogue = catalogue;
        this.discountFactor = discount.type() == DiscountType.PERCENTAGE
                ? BigDecimal.ONE.subtract(discount.value().divide(HUNDRED)) : null;
        for (Price price : reference.prices()) {
            if (price.contractSize().equals(priceSize) && catalogue.isSupplyHabitat(price.habitatName())) {
                rows.computeIfAbsent(price.bankId(), key -> new HashMap<>()).computeIfAbsent(price.tier(), key -> new HashMap<>())
                        .merge(price.habitatName(), price.price(), BigDecimal::min);
            }
        }
    }

    public Optional<UnitPrice> price(String bankId, String tier, String demand, String supply) {
        Map<String, BigDecimal> atBank = rows.getOrDefault(bankId, Map.of()).getOrDefault(tier, Map.of());
        BigDecimal exact = atBank.get(supply);
        if (exact != null) {
            return Optional.of(discounted(exact, UnitPrice.EXACT));
        }
        return proxies.computeIfAbsent(atBank, table -> new HashMap<>()).computeIfAbsent(demand, line -> proxy(atBank, line));
    }

    /** R4.2 step 2, by the demand line's ledger and distinctiveness. */
    private Optional<UnitPrice> proxy(Map<String, BigDecimal> atBank, String demand) {
        Ledger ledger = catalogue.ledgerOf(demand);
        if (ledger != Ledger.AREA) {
            return lowest(atBank, habitat -> habitat.ledger() == ledger, UnitPrice.LEDGER_PROXY);
        }
        String band = catalogue.bandOf(demand);
        if (band.equals(Catalogue.LOW)) {
            return lowest(atBank, habitat -> habitat.ledger() == Ledger.AREA, UnitPrice.LOW_PROXY);
        }
        if (band.equals(Catalogue.MEDIUM)) {
            Habitat demanded = catalogue.habitat(demand).orElseThrow();
            int level = catalogue.level(band);
            Optional<UnitPrice> sameGroup = lowest(atBank, habitat -> habitat.ledger() == Ledger.AREA
                    && habitat.broadType().equals(demanded.broadType())
                    && catalogue.level(habitat.distinctiveness()) >= level, UnitPrice.GROUP_PROXY);
            return sameGroup.isPresent() ? sameGroup : lowest(atBank, habitat -> habitat.ledger() == Ledger.AREA
                    && catalogue.level(habitat.distinctiveness()) > level, UnitPrice.GROUP_PROXY);
        }
        return Optional.empty();
    }

    private Optional<UnitPrice> lowest(Map<String, BigDecimal> atBank, Predicate<Habitat> candidate, String source) {
        BigDecimal best = null;
        for (Map.Entry<String, BigDecimal> row : atBank.entrySet()) {
            Habitat habitat = catalogue.habitat(row.getKey()).orElseThrow();
            if (candidate.test(habitat) && (best == null || row.getValue().compareTo(best) < 0)) {
                best = row.getValue();
            }
        }
        return best == null ? Optional.empty() : Optional.of(discounted(best, source));
    }

    /** R4.3: a percentage discount, rounded half-up to pence; otherwise the price as stored. */
    private UnitPrice discounted(BigDecimal price, String source) {
        BigDecimal value = discountFactor == null ? price : price.multiply(discountFactor).setScale(2, RoundingMode.HALF_UP);
        return new UnitPrice(value, source);
    }
}
