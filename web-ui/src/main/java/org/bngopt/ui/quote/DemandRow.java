package org.bngopt.ui.quote;

import java.io.Serializable;
import java.math.BigDecimal;

/** One editable line of the demand table. */
public class DemandRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String habitat;
    private BigDecimal units;

    public DemandRow() {
    }

    public DemandRow(String habitat, BigDecimal units) {
        this.habitat = habitat;
        this.units = units;
    }

    public String getHabitat() {
        return habitat;
    }

    public void setHabitat(String habitat) {
        this.habitat = habitat;
    }

    public BigDecimal getUnits() {
        return units;
    }

    public void setUnits(BigDecimal units) {
        this.units = units;
    }
}
