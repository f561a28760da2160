package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.ContractSize;

import java.math.BigDecimal;

@Entity
@Table(name = "contract_sizes")
public class ContractSizeRow {
    @Id
    @Column(name = "contract_size")
    private String name;

    @Column(nullable = false)
    private int rank;

    @Column(name = "max_units_exclusive")
    private BigDecimal maxUnitsExclusive;

    @Column(name = "admin_fee", nullable = false)
    private BigDecimal adminFee;

    public ContractSize toSnapshot() {
        return new ContractSize(name, rank, maxUnitsExclusive, adminFee);
    }
}
