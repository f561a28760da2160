package org.bngopt.reference;

import java.util.Objects;

/** A neighbour pair of LPAs or NCAs; symmetric in meaning (R1). */
public record Adjacency(String a, String b) {
    public Adjacency {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
