package org.bngopt.metric;

import java.util.List;

/** The three trading summaries of a metric, with the sheet names each may have (metric-import.md §2.3). */
enum Ledger {
    AREA("Net Gain (Low-equivalent)", List.of("Trading Summary Area Habitats", "Area Habitats Trading Summary",
            "Area Trading Summary", "Trading Summary (Area Habitats)")),
    HEDGEROW("Net Gain (Hedgerows)", List.of("Trading Summary Hedgerows", "Hedgerows Trading Summary",
            "Hedgerow Trading Summary", "Trading Summary (Hedgerows)")),
    WATERCOURSE("Net Gain (Watercourses)", List.of("Trading Summary WaterCs", "Trading Summary WaterC's",
            "Trading Summary Watercourses", "Watercourses Trading Summary", "Trading Summary (Watercourses)"));

    private final String netGainLabel;
    private final List<String> sheetNames;

    Ledger(String netGainLabel, List<String> sheetNames) {
        this.netGainLabel = netGainLabel;
        this.sheetNames = sheetNames;
    }

    String netGainLabel() {
        return netGainLabel;
    }

    List<String> sheetNames() {
        return sheetNames;
    }
}
