package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.Bank;

import java.math.BigDecimal;

@Entity
@Table(name = "banks")
public class BankRow {
    @Id
    @Column(name = "bank_id")
    private String id;

    @Column(name = "bank_name", nullable = false)
    private String name;

    @Column(name = "lpa_name")
    private String lpa;

    @Column(name = "nca_name")
    private String nca;

    private String postcode;
    private BigDecimal lat;
    private BigDecimal lon;

    @Column(name = "waterbody_catchment")
    private String waterbodyCatchment;

    @Column(name = "operational_catchment")
    private String operationalCatchment;

    public Bank toSnapshot() {
        return new Bank(id, name, lpa, nca, postcode, lat, lon, waterbodyCatchment, operationalCatchment);
    }
}
