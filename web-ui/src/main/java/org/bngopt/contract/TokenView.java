package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A token as listed; {@code secret} is set only in the answer that issued it. */
public record TokenView(String id, String name, String createdBy, String createdAt, String expiresAt,
                        String revokedAt, boolean active, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
