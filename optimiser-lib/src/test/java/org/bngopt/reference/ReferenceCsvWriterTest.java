package org.bngopt.reference;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCsvWriterTest {
    @Test
    void theSampleWrittenAndReadBackIsTheSameSnapshot() {
        ReferenceData sample = ReferenceCsv.readSample();

        assertThat(readBack(sample)).isEqualTo(sample);
    }

    @Test
    void cellsWithCommasAndQuotesSurviveTheRoundTrip() {
        ReferenceData sample = ReferenceCsv.readSample();
        Bank odd = new Bank("B,1", "The \"Quoted\" Bank", null, "Line, with comma", null, new BigDecimal("51.0000"), null, null, null);
        ReferenceData edited = new ReferenceData("v2", List.of(odd), sample.habitats(), sample.distinctivenessLevels(),
                List.of(), List.of(), sample.spatialRiskMultipliers(), sample.contractSizes(), sample.tradingRules(),
                sample.lpaAdjacency(), sample.ncaAdjacency());

        assertThat(readBack(edited)).isEqualTo(edited);
    }

    private static ReferenceData readBack(ReferenceData data) {
        Map<String, String> files = new HashMap<>();
        for (ReferenceCsvWriter.Table table : ReferenceCsvWriter.tables(data)) {
            StringWriter out = new StringWriter();
            ReferenceCsvWriter.write(table, out);
            files.put(table.fileName(), out.toString());
        }
        files.put("VERSION", data.version() + "\n");
        return ReferenceCsv.read(fileName -> new StringReader(files.get(fileName)));
    }
}
