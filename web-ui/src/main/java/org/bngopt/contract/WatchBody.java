package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** A new watch ({@code jobId} and the rest), or a change of one (only the parts given). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchBody(String jobId, String name, String condition, BigDecimal threshold, String email, Boolean active) {
}
