package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.SpatialRiskMultiplier;

import java.math.BigDecimal;

@Entity
@Table(name = "srm")
public class SpatialRiskMultiplierRow {
    @Id
    private String tier;

    @Column(nullable = false)
    private BigDecimal multiplier;

    @Column(nullable = false)
    private int rank;

    public SpatialRiskMultiplier toSnapshot() {
        return new SpatialRiskMultiplier(tier, multiplier, rank);
    }
}
