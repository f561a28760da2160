package org.bngopt.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Q6's bundling: in a section, optimised rows of the bundling level (Low; for hedgerows Very Low when the
 * section has a Very Low row) and rows of the ledger's Net Gain line that share a habitat supplied become
 * one row, "Low + 10% Net Gain": units summed, cost the sum of the shown costs, price from them to £50.
 * Manual lines are never bundled.
 */
final class Bundling {
    private Bundling() {
    }

    static List<DocumentRow> bundled(String ledger, List<DocumentRow> rows) {
        String level = "hedgerow".equals(ledger) && rows.stream().anyMatch(row -> "Very Low".equals(row.distinctiveness()))
                ? "Very Low" : "Low";
        Map<String, List<DocumentRow>> bySupplied = new LinkedHashMap<>();
        for (DocumentRow row : rows) {
            if (!row.manual() && (level.equals(row.distinctiveness()) || ClientDocuments.NET_GAIN.equals(row.distinctiveness()))) {
                bySupplied.computeIfAbsent(row.habitatSupplied(), any -> new ArrayList<>()).add(row);
            }
        }
        List<DocumentRow> result = new ArrayList<>(rows);
        for (List<DocumentRow> group : bySupplied.values()) {
            boolean both = group.stream().anyMatch(row -> level.equals(row.distinctiveness()))
                    && group.stream().anyMatch(row -> ClientDocuments.NET_GAIN.equals(row.distinctiveness()));
            if (both) {
                result.removeAll(group);
                result.add(merged(level + " + " + ClientDocuments.NET_GAIN, group));
            }
        }
        return result;
    }

    private static DocumentRow merged(String distinctiveness, List<DocumentRow> group) {
        BigDecimal required = group.stream().map(DocumentRow::unitsRequired).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal supplied = group.stream().map(DocumentRow::unitsSupplied).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = group.stream().map(DocumentRow::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        LinkedHashSet<String> lost = new LinkedHashSet<>();
        group.stream().sorted(ClientDocuments.byNames()).forEach(row -> lost.add(row.habitatLost()));
        BigDecimal price = cost.divide(required, 10, RoundingMode.HALF_UP);
        DocumentRow first = group.get(0);
        return DocumentRow.of(distinctiveness, String.join(" + ", lost), required, first.distinctivenessSupplied(),
                first.habitatSupplied(), supplied, ClientDocuments.shownPrice(price), cost, false);
    }
}
