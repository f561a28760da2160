package org.bngopt.parties.entity;

import java.time.OffsetDateTime;

/** A client of the broker; {@code quotes} is how many quotes they have. */
public record Customer(long id, String name, String company, String email, String phone, String address, String createdBy,
                       OffsetDateTime createdAt, int quotes) {
}
