package org.bngopt.metric;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a metric workbook says the quote must buy (metric-import.md): demand lines per ledger, the
 * headline baselines, the area surplus left after on-site trading, the on-site transfers and the
 * warnings; or, for an unusable workbook, {@code status} "error" and the reason naming the sheet.
 */
@JsonPropertyOrder({"status", "error", "area", "hedgerows", "watercourses", "baselines", "remaining_surplus", "flow_log",
        "warnings"})
public record MetricImport(String status, String error, List<Line> area, List<Line> hedgerows, List<Line> watercourses,
                           Baselines baselines, @JsonProperty("remaining_surplus") List<Surplus> remainingSurplus,
                           @JsonProperty("flow_log") List<Transfer> flowLog, List<String> warnings) {

    /** One demand line: a habitat and the units to buy. */
    public record Line(String habitat, BigDecimal units) {
    }

    /** One ledger's row of the headline table. */
    @JsonPropertyOrder({"target_percent", "baseline_units", "units_required", "unit_deficit"})
    public record Baseline(@JsonProperty("target_percent") BigDecimal targetPercent,
                           @JsonProperty("baseline_units") BigDecimal baselineUnits,
                           @JsonProperty("units_required") BigDecimal unitsRequired,
                           @JsonProperty("unit_deficit") BigDecimal unitDeficit) {
    }

    public record Baselines(Baseline habitat, Baseline hedgerow, Baseline watercourse) {
    }

    /** Area surplus left after on-site trading and the net-gain headline: the input to the SUO discount. */
    @JsonPropertyOrder({"habitat", "broad_group", "distinctiveness", "units_surplus"})
    public record Surplus(String habitat, @JsonProperty("broad_group") String broadGroup, String distinctiveness,
                          @JsonProperty("units_surplus") BigDecimal unitsSurplus) {
    }

    /** One on-site transfer of the area ledger, in processing order. */
    @JsonPropertyOrder({"deficit_habitat", "deficit_broad_group", "deficit_distinctiveness", "surplus_habitat",
            "surplus_broad_group", "surplus_distinctiveness", "units_allocated", "priority_medium"})
    public record Transfer(@JsonProperty("deficit_habitat") String deficitHabitat,
                           @JsonProperty("deficit_broad_group") String deficitBroadGroup,
                           @JsonProperty("deficit_distinctiveness") String deficitDistinctiveness,
                           @JsonProperty("surplus_habitat") String surplusHabitat,
                           @JsonProperty("surplus_broad_group") String surplusBroadGroup,
                           @JsonProperty("surplus_distinctiveness") String surplusDistinctiveness,
                           @JsonProperty("units_allocated") BigDecimal unitsAllocated,
                           @JsonProperty("priority_medium") boolean priorityMedium) {
    }

    public MetricImport {
        area = List.copyOf(area);
        hedgerows = List.copyOf(hedgerows);
        watercourses = List.copyOf(watercourses);
        remainingSurplus = List.copyOf(remainingSurplus);
        flowLog = List.copyOf(flowLog);
        warnings = List.copyOf(warnings);
    }

    static MetricImport error(String reason) {
        return new MetricImport("error", reason, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
    }

    public boolean ok() {
        return "ok".equals(status);
    }
}
