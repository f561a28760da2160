package org.bngopt.rules;

import org.bngopt.quote.DiscountType;
import org.bngopt.reference.ContractSize;
import org.bngopt.reference.Price;
import org.bngopt.reference.ReferenceData;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** R5 and R12.2: the contract size for a total, and the size prices are looked up at. */
public final class ContractSizes {
    private final List<ContractSize> eligible;

    public ContractSizes(ReferenceData reference) {
        Set<String> priced = new HashSet<>();
        for (Price price : reference.prices()) {
            priced.add(price.contractSize());
        }
        eligible = reference.contractSizes().stream()
                .filter(size -> priced.contains(size.name()))
                .sorted(Comparator.comparingInt(ContractSize::rank))
                .toList();
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("no contract size has any price row");
        }
    }

    /** R5.2: the first eligible size whose threshold is open or above the total. */
    public ContractSize forTotal(BigDecimal total) {
        return eligible.stream()
                .filter(size -> size.maxUnitsExclusive() == null || size.maxUnitsExclusive().compareTo(total) > 0)
                .findFirst()
                .orElse(eligible.get(eligible.size() - 1));
    }

    /** R12.2: TIER_UP prices at the next larger eligible size; the largest stays. */
    public ContractSize priceSize(ContractSize size, DiscountType discount) {
        if (discount != DiscountType.TIER_UP) {
            return size;
        }
        int index = eligible.indexOf(size);
        return eligible.get(Math.min(index + 1, eligible.size() - 1));
    }
}
