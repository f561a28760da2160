package org.bngopt.solve;

import org.bngopt.rules.UnitPrice;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A way to deliver units to one demand line: a supply habitat at a bank (R7.1), or a main habitat
 * paired with a companion at the same bank (R7.2), with its exact unit price.
 */
record Option(int lineIndex, String bankId, String supply, String companion, String tier, BigDecimal srm, int tierRank,
              UnitPrice mainPrice, UnitPrice companionPrice, BigDecimal unitPrice) {

    static Option normal(int lineIndex, String bankId, String supply, String tier, BigDecimal srm, int tierRank,
                         UnitPrice price) {
        return new Option(lineIndex, bankId, supply, null, tier, srm, tierRank, price, null, price.value());
    }

    /** R7.2: SRM × p_M + (1 − SRM) × p_C, exact. */
    static Option paired(Option main, String companion, UnitPrice companionPrice) {
        BigDecimal blend = main.srm.multiply(main.mainPrice.value())
                .add(BigDecimal.ONE.subtract(main.srm).multiply(companionPrice.value()));
        return new Option(main.lineIndex, main.bankId, main.supply, companion, main.tier, main.srm, main.tierRank,
                main.mainPrice, companionPrice, blend);
    }

    boolean isPaired() {
        return companion != null;
    }

    /** Stock of the supply pool used per delivered unit: 1/SRM, or 1 for the main of a pair (R3.2, R7.2). */
    double supplyUse() {
        return isPaired() ? 1.0 : 1.0 / srm.doubleValue();
    }

    /** Stock of the companion pool used per delivered unit: 1/SRM − 1 (R7.2). */
    double companionUse() {
        return 1.0 / srm.doubleValue() - 1.0;
    }

    BigDecimal companionUse(BigDecimal units) {
        return units.multiply(BigDecimal.ONE.subtract(srm)).divide(srm, MathContext.DECIMAL128);
    }

    BigDecimal supplyUse(BigDecimal units) {
        return isPaired() ? units : units.divide(srm, MathContext.DECIMAL128);
    }
}
