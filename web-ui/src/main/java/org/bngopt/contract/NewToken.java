package org.bngopt.contract;

import java.time.OffsetDateTime;

/** {@code POST /api/admin/tokens}: a name and an optional expiry. */
public record NewToken(String name, OffsetDateTime expiresAt) {
}
