package org.bngopt.metric;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bngopt.rules.Catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A metric's lines made ready for a quote against the current catalogue (metric-import.md §11): an area
 * habitat the catalogue does not know is kept and flagged, to be corrected before submitting; a hedgerow
 * or watercourse habitat it does not know becomes its ledger's Net Gain label; felled woodland passes
 * through (priced by hand); the remaining area surplus of Medium or higher distinctiveness is the SUO
 * surplus.
 */
@JsonPropertyOrder({"lines", "suoEligibleSurplus", "readyToQuote"})
public record MetricDemand(List<Line> lines, BigDecimal suoEligibleSurplus, boolean readyToQuote) {
    private static final Set<String> SUO_BANDS = Set.of("Medium", "High", "Very High");

    /** One demand line: its ledger, habitat and units; whether the catalogue knows it, and what was done. */
    @JsonPropertyOrder({"ledger", "habitat", "units", "inCatalogue", "note"})
    public record Line(String ledger, String habitat, BigDecimal units, boolean inCatalogue,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String note) {
    }

    public MetricDemand {
        lines = List.copyOf(lines);
    }

    public static MetricDemand of(MetricImport metric, Catalogue catalogue) {
        List<Line> lines = new ArrayList<>();
        metric.area().forEach(line -> lines.add(area(line, catalogue)));
        metric.hedgerows().forEach(line -> lines.add(linear("hedgerow", Ledger.HEDGEROW, line, catalogue)));
        metric.watercourses().forEach(line -> lines.add(linear("watercourse", Ledger.WATERCOURSE, line, catalogue)));
        BigDecimal suo = metric.remainingSurplus().stream().filter(s -> SUO_BANDS.contains(s.distinctiveness()))
                .map(MetricImport.Surplus::unitsSurplus).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MetricDemand(lines, suo, lines.stream().allMatch(Line::inCatalogue));
    }

    private static Line area(MetricImport.Line line, Catalogue catalogue) {
        if (!catalogue.isDemandable(line.habitat())) {
            return new Line("area", line.habitat(), line.units(), false,
                    "not in the catalogue: choose the catalogue habitat before quoting");
        }
        return new Line("area", line.habitat(), line.units(), true,
                Catalogue.FELLED_WOODLAND.equals(line.habitat()) ? "priced by hand, not by the optimiser" : null);
    }

    private static Line linear(String ledger, Ledger metricLedger, MetricImport.Line line, Catalogue catalogue) {
        if (catalogue.isDemandable(line.habitat())) {
            return new Line(ledger, line.habitat(), line.units(), true, null);
        }
        return new Line(ledger, metricLedger.netGainLabel(), line.units(), true,
                "'" + line.habitat() + "' is not in the catalogue: bought as " + metricLedger.netGainLabel());
    }
}
