package org.bngopt.testsupport;

import org.bngopt.reference.Bank;
import org.bngopt.reference.Price;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.StockParcel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Small synthetic reference sets for tests: the sample's catalogue, levels, SRM and contract sizes,
 * with banks, stock and prices of the test's choosing. A price is given for the local tier and set
 * for adjacent and far at 4/3 and 2 times that, at every contract size.
 */
public final class ReferenceBuilder {
    private static final ReferenceData SAMPLE = ReferenceCsv.readSample();
    private static final List<String> SIZES = List.of("fractional", "small", "medium", "large");

    private final List<Bank> banks = new ArrayList<>();
    private final List<StockParcel> stock = new ArrayList<>();
    private final List<Price> prices = new ArrayList<>();

    public ReferenceBuilder bank(String id, String lpa, String nca) {
        banks.add(new Bank(id, "Bank " + id, lpa, nca, null, null, null, null, null));
        return this;
    }

    /** Stock of a habitat at a bank, priced at {@code localPrice} per unit locally. */
    public ReferenceBuilder stock(String bankId, String habitat, String units, String localPrice) {
        stock.add(new StockParcel(bankId + "-" + habitat + "-" + stock.size(), bankId, habitat, new BigDecimal(units), BigDecimal.ZERO));
        BigDecimal local = new BigDecimal(localPrice);
        for (String size : SIZES) {
            prices.add(new Price(bankId, habitat, size, "local", local));
            prices.add(new Price(bankId, habitat, size, "adjacent",
                    local.multiply(BigDecimal.valueOf(4)).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP)));
            prices.add(new Price(bankId, habitat, size, "far", local.multiply(BigDecimal.valueOf(2))));
        }
        return this;
    }

    public ReferenceData build() {
        return new ReferenceData("test-" + banks.size() + "-" + stock.size(), banks, SAMPLE.habitats(),
                SAMPLE.distinctivenessLevels(), stock, prices, SAMPLE.spatialRiskMultipliers(), SAMPLE.contractSizes(),
                List.of(), List.of(), List.of());
    }
}
