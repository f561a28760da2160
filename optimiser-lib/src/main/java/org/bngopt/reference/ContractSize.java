package org.bngopt.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** A contract size band (R5); {@code maxUnitsExclusive} is null for the open-ended largest size. */
public record ContractSize(String name, int rank, BigDecimal maxUnitsExclusive, BigDecimal adminFee) {
    public ContractSize {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adminFee, "adminFee");
    }
}
