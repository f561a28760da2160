package org.bngopt.reference.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "nca_adjacency")
@AttributeOverride(name = "id", column = @Column(name = "nca_adjacency_id"))
@AttributeOverride(name = "a", column = @Column(name = "nca_a", nullable = false))
@AttributeOverride(name = "b", column = @Column(name = "nca_b", nullable = false))
public class NcaAdjacencyRow extends AdjacencyRow {
}
