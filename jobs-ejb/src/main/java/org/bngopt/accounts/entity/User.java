package org.bngopt.accounts.entity;

import java.time.OffsetDateTime;

/** A person who signs in; the password hash never leaves the store. */
public record User(String username, Role role, boolean enabled, OffsetDateTime createdAt,
                   OffsetDateTime credentialsChangedAt) {
}
