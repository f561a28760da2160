package org.bngopt.document;

import java.math.BigDecimal;

/**
 * One row of a section (Q6): numbers as shown (price rounded to £50, cost to £1) and {@code text}, the same
 * columns as displayed. {@code manual} marks a line priced by the broker.
 */
public record DocumentRow(String distinctiveness, String habitatLost, BigDecimal unitsRequired, String distinctivenessSupplied,
                          String habitatSupplied, BigDecimal unitsSupplied, BigDecimal pricePerUnit, BigDecimal cost,
                          boolean manual, Text text) {

    /** The row as displayed. */
    public record Text(String distinctiveness, String habitatLost, String unitsRequired, String distinctivenessSupplied,
                       String habitatSupplied, String unitsSupplied, String pricePerUnit, String cost) {
    }

    static DocumentRow of(String distinctiveness, String habitatLost, BigDecimal unitsRequired, String distinctivenessSupplied,
                          String habitatSupplied, BigDecimal unitsSupplied, BigDecimal pricePerUnit, BigDecimal cost,
                          boolean manual) {
        return new DocumentRow(distinctiveness, habitatLost, unitsRequired, distinctivenessSupplied, habitatSupplied, unitsSupplied,
                pricePerUnit, cost, manual, new Text(distinctiveness, habitatLost, DocumentFormats.units(unitsRequired),
                distinctivenessSupplied, habitatSupplied, DocumentFormats.units(unitsSupplied), DocumentFormats.money(pricePerUnit),
                DocumentFormats.money(cost)));
    }
}
