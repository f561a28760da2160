package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bngopt.metric.MetricDemand;
import org.bngopt.metric.MetricImport;

import java.util.List;

/**
 * {@code POST /api/metric}'s answer: what the workbook says (the result of metric-import.md, in the shape
 * of the CLI's JSON) and {@code demand}, its lines made ready for a quote against the current catalogue.
 */
@JsonPropertyOrder({"status", "area", "hedgerows", "watercourses", "baselines", "remaining_surplus", "flow_log", "warnings",
        "demand"})
public record MetricAnswer(String status, List<MetricImport.Line> area, List<MetricImport.Line> hedgerows,
                           List<MetricImport.Line> watercourses, MetricImport.Baselines baselines,
                           @JsonProperty("remaining_surplus") List<MetricImport.Surplus> remainingSurplus,
                           @JsonProperty("flow_log") List<MetricImport.Transfer> flowLog, List<String> warnings,
                           MetricDemand demand) {

    public static MetricAnswer of(MetricImport metric, MetricDemand demand) {
        return new MetricAnswer(metric.status(), metric.area(), metric.hedgerows(), metric.watercourses(), metric.baselines(),
                metric.remainingSurplus(), metric.flowLog(), metric.warnings(), demand);
    }
}
