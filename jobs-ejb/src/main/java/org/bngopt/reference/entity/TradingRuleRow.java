package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bngopt.reference.TradingRule;

@Entity
@Table(name = "trading_rules")
public class TradingRuleRow {
    @Id
    @Column(name = "trading_rule_id")
    private long id;

    @Column(name = "demand_habitat", nullable = false)
    private String demandHabitat;

    @Column(name = "allowed_supply_habitat", nullable = false)
    private String allowedSupplyHabitat;

    @Column(name = "min_distinctiveness")
    private String minDistinctiveness;

    public TradingRule toSnapshot() {
        return new TradingRule(demandHabitat, allowedSupplyHabitat, minDistinctiveness);
    }
}
