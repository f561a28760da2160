package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A customer as the API shows it, with how many quotes they have. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerView(long id, String name, String company, String email, String phone, String address, int quotes,
                           String createdBy, String createdAt) {
}
