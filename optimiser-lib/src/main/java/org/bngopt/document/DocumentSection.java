package org.bngopt.document;

import java.math.BigDecimal;
import java.util.List;

/** One ledger's table: its rows in the order of Q6 and the sums of units required and supplied. */
public record DocumentSection(String ledger, String title, List<DocumentRow> rows, Totals totals) {

    public record Totals(BigDecimal unitsRequired, BigDecimal unitsSupplied, BigDecimal cost, Text text) {
    }

    public record Text(String unitsRequired, String unitsSupplied, String cost) {
    }

    static DocumentSection of(String ledger, String title, List<DocumentRow> rows) {
        BigDecimal required = rows.stream().map(DocumentRow::unitsRequired).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal supplied = rows.stream().map(DocumentRow::unitsSupplied).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = rows.stream().map(DocumentRow::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DocumentSection(ledger, title, List.copyOf(rows), new Totals(required, supplied, cost,
                new Text(DocumentFormats.units(required), DocumentFormats.units(supplied), DocumentFormats.money(cost))));
    }
}
