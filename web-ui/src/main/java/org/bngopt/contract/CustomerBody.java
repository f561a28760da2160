package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A new customer, or a customer's changed details: the name is required. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerBody(String name, String company, String email, String phone, String address) {
}
