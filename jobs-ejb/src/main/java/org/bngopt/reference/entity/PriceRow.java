package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.Price;

import java.math.BigDecimal;

@Entity
@Table(name = "prices")
public class PriceRow {
    @Id
    @Column(name = "price_id")
    private long id;

    @Column(name = "bank_id", nullable = false)
    private String bankId;

    @Column(name = "habitat_name", nullable = false)
    private String habitatName;

    @Column(name = "contract_size", nullable = false)
    private String contractSize;

    @Column(nullable = false)
    private String tier;

    @Column(nullable = false)
    private BigDecimal price;

    public Price toSnapshot() {
        return new Price(bankId, habitatName, contractSize, tier, price);
    }
}
