package org.bngopt.document;

import java.util.Comparator;
import java.util.List;

/**
 * Q6's order within a section: Very High, High, Medium, Low + 10% Net Gain, Low, Very Low + 10% Net Gain,
 * 10% Net Gain, Very Low, then anything else; ties by habitat lost, then habitat supplied; manual lines
 * after the optimised rows of their rank.
 */
final class RowOrder {
    private static final List<String> RANKS = List.of("Very High", "High", "Medium", "Low + 10% Net Gain", "Low",
            "Very Low + 10% Net Gain", ClientDocuments.NET_GAIN, "Very Low");

    private RowOrder() {
    }

    static List<DocumentRow> sorted(List<DocumentRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(RowOrder::rank).thenComparing(DocumentRow::manual)
                .thenComparing(ClientDocuments.byNames())).toList();
    }

    static int rank(DocumentRow row) {
        int rank = RANKS.indexOf(row.distinctiveness());
        return rank < 0 ? RANKS.size() : rank;
    }
}
