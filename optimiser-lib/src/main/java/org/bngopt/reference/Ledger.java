package org.bngopt.reference;

import java.util.Arrays;
import java.util.Optional;

/** The three unit ledgers; units never move between them (R6.1). */
public enum Ledger {
    AREA("area"), HEDGEROW("hedgerow"), WATERCOURSE("watercourse");

    private final String code;

    Ledger(String code) {
        this.code = code;
    }

    /** The lower-case name used in the CSV files, the database and the JSON contract. */
    public String code() {
        return code;
    }

    public static Optional<Ledger> fromCode(String code) {
        return Arrays.stream(values()).filter(ledger -> ledger.code.equals(code)).findFirst();
    }
}
