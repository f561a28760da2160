package org.bngopt.reference.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "lpa_adjacency")
@AttributeOverride(name = "id", column = @Column(name = "lpa_adjacency_id"))
@AttributeOverride(name = "a", column = @Column(name = "lpa_a", nullable = false))
@AttributeOverride(name = "b", column = @Column(name = "lpa_b", nullable = false))
public class LpaAdjacencyRow extends AdjacencyRow {
}
