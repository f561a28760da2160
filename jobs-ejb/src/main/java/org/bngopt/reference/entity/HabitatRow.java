package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.Ledger;

@Entity
@Table(name = "habitats")
public class HabitatRow {
    @Id
    @Column(name = "habitat_name")
    private String name;

    @Column(name = "broad_type", nullable = false)
    private String broadType;

    @Column(nullable = false)
    private String distinctiveness;

    @Column(nullable = false)
    private String ledger;

    public Habitat toSnapshot() {
        return new Habitat(name, broadType, distinctiveness, Ledger.fromCode(ledger)
                .orElseThrow(() -> new IllegalStateException("habitat " + name + " has unknown ledger " + ledger)));
    }
}
