package org.bngopt.quotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of manual line, by the ledger they count in. */
public enum ManualLineKind {
    AREA("area", "area"), AREA_PAIRED("area-paired", "area"), HEDGEROW("hedgerow", "hedgerow"),
    WATERCOURSE("watercourse", "watercourse");

    private final String code;
    private final String ledger;

    ManualLineKind(String code, String ledger) {
        this.code = code;
        this.ledger = ledger;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String ledger() {
        return ledger;
    }

    @JsonCreator
    public static ManualLineKind ofCode(String code) {
        return named(code).orElseThrow(() -> new IllegalArgumentException("no manual line kind " + code));
    }

    public static Optional<ManualLineKind> named(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
