package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/** The result of §12; {@code bankLimit} is null when the limit was lifted (R8.3). */
@JsonPropertyOrder({"allocations", "lines", "contractSize", "subtotal", "suoDiscountFraction", "suoDiscount",
        "adminFee", "total", "banksUsed", "bankLimit", "warnings", "complete", "referenceDataVersion", "solverStatus"})
public record QuoteResult(List<Allocation> allocations, List<LineResult> lines, String contractSize,
                          BigDecimal subtotal, BigDecimal suoDiscountFraction, BigDecimal suoDiscount,
                          BigDecimal adminFee, BigDecimal total, List<String> banksUsed,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Integer bankLimit, List<String> warnings,
                          boolean complete, String referenceDataVersion, SolverStatus solverStatus) {
    public QuoteResult {
        allocations = List.copyOf(allocations);
        lines = List.copyOf(lines);
        banksUsed = List.copyOf(banksUsed);
        warnings = List.copyOf(warnings);
    }
}
