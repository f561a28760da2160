package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A watch: whose, what it waits for (ALL_MET, or COST_BELOW {@code threshold}), whether that holds on the
 * latest evaluation ({@code met}), the job of that evaluation and its reference-data version, and whether a
 * new evaluation is under way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchView(long id, String owner, String name, String condition, BigDecimal threshold, String email, boolean active,
                        boolean met, String lastJobId, String evaluatedVersion, boolean evaluating, String createdAt) {
}
