package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** A new introducer, or an introducer's changed details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntroducerBody(String name, String discountType, BigDecimal discountValue, String email, Boolean active) {
}
