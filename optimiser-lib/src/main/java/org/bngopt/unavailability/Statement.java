package org.bngopt.unavailability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement of unavailability of a job: when it was made, for which site, the explanation of each unmet
 * line, and what the unmet units would cost as statutory credits (or why that is not said).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"jobId", "computedAt", "lpa", "nca", "unavailability", "credits"})
public record Statement(String jobId, String computedAt, String lpa, String nca, Unavailability unavailability, Credits credits) {

    /** The statutory credits of the unmet units: per line, and in total; {@code note} when the table cannot say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credits(String version, List<CreditLine> lines, BigDecimal total, String note) {
    }

    public record CreditLine(String habitat, BigDecimal units, String tier, BigDecimal credits, BigDecimal pricePerCredit,
                             BigDecimal cost) {
    }

    /** The credits part, from the table as it is (lines the optimiser leaves to the broker are left out). */
    public static Credits credits(Unavailability unavailability, StatutoryCredits table) {
        if (table.empty()) {
            return new Credits(null, List.of(), null, "No statutory credit prices are recorded, so what these units would cost"
                    + " as statutory credits is not stated.");
        }
        List<CreditLine> lines = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Unavailability.Line line : unavailability.lines()) {
            if ("MANUAL_PRICING_REQUIRED".equals(line.reason())) {
                continue;
            }
            var cost = table.cost(line.habitat(), line.units());
            if (cost.isEmpty()) {
                unpriced.add(line.habitat());
                continue;
            }
            String tier = table.tierOf(line.habitat()).orElseThrow();
            lines.add(new CreditLine(line.habitat(), line.units(), tier, line.units().multiply(StatutoryCredits.CREDITS_PER_UNIT),
                    table.pricePerTier().get(tier), cost.get()));
            total = total.add(cost.get());
        }
        return new Credits(table.version(), List.copyOf(lines), total, unpriced.isEmpty() ? null
                : "The statutory credits table gives no tier for " + String.join(", ", unpriced) + ".");
    }
}
