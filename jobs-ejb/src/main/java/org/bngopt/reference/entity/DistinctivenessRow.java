package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.DistinctivenessLevel;

@Entity
@Table(name = "distinctiveness_levels")
public class DistinctivenessRow {
    @Id
    private String distinctiveness;

    @Column(name = "level_value", nullable = false)
    private int levelValue;

    public DistinctivenessLevel toSnapshot() {
        return new DistinctivenessLevel(distinctiveness, levelValue);
    }
}
