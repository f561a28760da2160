package org.bngopt.ui.quotes;

import org.bngopt.quotes.ManualLine;
import org.bngopt.quotes.ManualLineKind;

import java.io.Serializable;
import java.math.BigDecimal;

/** One manual line as the save form edits it: area, hedgerow or watercourse, with an optional bank. */
public class ManualRow implements Serializable {
    private String kind = ManualLineKind.AREA.code();
    private String habitatLost;
    private String habitatSupplied;
    private BigDecimal units;
    private BigDecimal price;
    private String bankName;

    static ManualRow of(ManualLine line) {
        ManualRow row = new ManualRow();
        row.kind = line.kind().code();
        row.habitatLost = line.habitatLost();
        row.habitatSupplied = line.habitatSupplied();
        row.units = line.units();
        row.price = line.price();
        row.bankName = line.bankName();
        return row;
    }

    /** The line as the API takes it; the API checks every field and names the bad ones. */
    ManualLine line() {
        ManualLineKind lineKind = ManualLineKind.named(kind).orElse(ManualLineKind.AREA);
        return new ManualLine(lineKind, habitatLost, habitatSupplied, units, price, lineKind == ManualLineKind.AREA ? bankName : null,
                null, null, null, null, null);
    }

    public String getKind() { return kind; }
    public void setKind(String value) { this.kind = value; }
    public String getHabitatLost() { return habitatLost; }
    public void setHabitatLost(String value) { this.habitatLost = value; }
    public String getHabitatSupplied() { return habitatSupplied; }
    public void setHabitatSupplied(String value) { this.habitatSupplied = value; }
    public BigDecimal getUnits() { return units; }
    public void setUnits(BigDecimal value) { this.units = value; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal value) { this.price = value; }
    public String getBankName() { return bankName; }
    public void setBankName(String value) { this.bankName = value; }
}
