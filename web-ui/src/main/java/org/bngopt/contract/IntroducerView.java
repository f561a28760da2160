package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** An introducer: the promoter discount their clients get ({@code discountValue} for PERCENTAGE). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntroducerView(long id, String name, String discountType, BigDecimal discountValue, String email, boolean active) {
}
