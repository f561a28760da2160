package org.bngopt.reference.entity;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.bngopt.reference.Adjacency;

/** A neighbour pair; the LPA and NCA tables differ only in their column names. */
@MappedSuperclass
public abstract class AdjacencyRow {
    @Id
    private long id;
    private String a;
    private String b;

    public Adjacency toSnapshot() {
        return new Adjacency(a, b);
    }
}
