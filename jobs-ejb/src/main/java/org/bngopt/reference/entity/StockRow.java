package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.StockParcel;

import java.math.BigDecimal;

@Entity
@Table(name = "stock")
public class StockRow {
    @Id
    @Column(name = "stock_id")
    private String id;

    @Column(name = "bank_id", nullable = false)
    private String bankId;

    @Column(name = "habitat_name", nullable = false)
    private String habitatName;

    @Column(name = "available_excl_quotes", nullable = false)
    private BigDecimal availableExclQuotes;

    @Column(nullable = false)
    private BigDecimal quoted;

    public StockParcel toSnapshot() {
        return new StockParcel(id, bankId, habitatName, availableExclQuotes, quoted);
    }
}
