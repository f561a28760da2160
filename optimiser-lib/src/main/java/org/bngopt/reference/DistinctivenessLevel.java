package org.bngopt.reference;

import java.util.Objects;

/** A distinctiveness band and its numeric level (Very Low 0 … Very High 8 in the sample). */
public record DistinctivenessLevel(String name, int level) {
    public DistinctivenessLevel {
        Objects.requireNonNull(name, "name");
    }
}
