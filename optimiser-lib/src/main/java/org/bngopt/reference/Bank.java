package org.bngopt.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** A habitat bank (R1 {@code banks}). Location names and catchments may be absent (null). */
public record Bank(String id, String name, String lpa, String nca, String postcode,
                   BigDecimal lat, BigDecimal lon, String waterbodyCatchment, String operationalCatchment) {
    public Bank {
        Objects.requireNonNull(id, "id");
    }
}
