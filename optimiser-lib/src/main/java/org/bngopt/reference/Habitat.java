package org.bngopt.reference;

import java.util.Objects;

/** A catalogue habitat (R1 {@code habitats}); {@code distinctiveness} names a {@link DistinctivenessLevel}. */
public record Habitat(String name, String broadType, String distinctiveness, Ledger ledger) {
    public Habitat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ledger, "ledger");
    }
}
