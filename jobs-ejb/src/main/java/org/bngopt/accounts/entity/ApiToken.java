package org.bngopt.accounts.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An API token as admins see it: never the token itself, which is shown once when issued. */
public record ApiToken(UUID id, String name, String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                       OffsetDateTime revokedAt) {

    public boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
