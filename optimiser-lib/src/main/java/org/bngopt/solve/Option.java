package org.bngopt.solve;

import org.bngopt.rules.UnitPrice;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A variable of the allocation model: a way to deliver units to one demand line at one bank. A
 * {@link Kind#NORMAL} option is a supply habitat (R7.1) and a {@link Kind#PAIRED} option a main habitat
 * paired with a companion (R7.2), each with its exact unit price; every allocation row is one of these.
 * The reduced model ({@link Formulation#REDUCED}) replaces the pairs of one (line, bank) by
 * {@link Kind#PAIRED_MAIN} and {@link Kind#COMPANION} variables tied by one balance row, which
 * {@link Decomposition} turns back into pairs.
 */
record Option(Kind kind, int lineIndex, String bankId, String supply, String companion, String tier, BigDecimal srm,
              int tierRank, UnitPrice mainPrice, UnitPrice companionPrice, BigDecimal unitPrice) {

    enum Kind {
        NORMAL,
        PAIRED,
        /** Units delivered by pairs with this main habitat: 1 unit of its stock and SRM × p_M per unit. */
        PAIRED_MAIN,
        /** Companion stock used by the pairs of its line and bank: SRM × p_C per stock unit, delivers nothing. */
        COMPANION
    }

    static Option normal(int lineIndex, String bankId, String supply, String tier, BigDecimal srm, int tierRank,
                         UnitPrice price) {
        return new Option(Kind.NORMAL, lineIndex, bankId, supply, null, tier, srm, tierRank, price, null, price.value());
    }

    /** R7.2: SRM × p_M + (1 − SRM) × p_C, exact. */
    static Option paired(Option main, String companion, UnitPrice companionPrice) {
        BigDecimal blend = main.srm.multiply(main.mainPrice.value())
                .add(BigDecimal.ONE.subtract(main.srm).multiply(companionPrice.value()));
        return new Option(Kind.PAIRED, main.lineIndex, main.bankId, main.supply, companion, main.tier, main.srm,
                main.tierRank, main.mainPrice, companionPrice, blend);
    }

    static Option pairedMain(Option main) {
        return new Option(Kind.PAIRED_MAIN, main.lineIndex, main.bankId, main.supply, null, main.tier, main.srm,
                main.tierRank, main.mainPrice, null, main.srm.multiply(main.mainPrice.value()));
    }

    static Option companion(Option main, String companion, UnitPrice companionPrice) {
        return new Option(Kind.COMPANION, main.lineIndex, main.bankId, null, companion, main.tier, main.srm,
                main.tierRank, null, companionPrice, main.srm.multiply(companionPrice.value()));
    }

    /** The same option for another demand line, which has the same options (reduction C). */
    Option forLine(int line) {
        return new Option(kind, line, bankId, supply, companion, tier, srm, tierRank, mainPrice, companionPrice, unitPrice);
    }

    /** A companion variable that every line paired at its bank draws on ({@link OptionBuilder#sharedCompanions}). */
    boolean isShared() {
        return lineIndex < 0;
    }

    boolean isPaired() {
        return kind == Kind.PAIRED;
    }

    boolean delivers() {
        return kind != Kind.COMPANION;
    }

    /** Tier usage per unit of the variable (R10 stage 4): delivered units count, companion stock does not. */
    int tierWeight() {
        return delivers() ? tierRank : 0;
    }

    /** The habitat of the pool the variable draws on first: the supply, or the companion of a companion variable. */
    String poolHabitat() {
        return kind == Kind.COMPANION ? companion : supply;
    }

    /** Stock of {@link #poolHabitat()} used per unit: 1/SRM for a normal option, 1 otherwise (R3.2, R7.2). */
    double supplyUse() {
        return kind == Kind.NORMAL ? 1.0 / srm.doubleValue() : 1.0;
    }

    /** Companion stock per delivered unit of a pair: 1/SRM − 1 (R7.2). */
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
