package org.bngopt.accounts.entity;

import java.time.OffsetDateTime;

/**
 * Who a request comes from once verified: a user's name, or {@code token:} and the token's name for a
 * machine client. {@code credentialsChangedAt} is when a user's password last changed (null for a
 * token): a session signed in before it has ended.
 */
public record Identity(String name, Role role, OffsetDateTime credentialsChangedAt) {
    public static final String TOKEN_PREFIX = "token:";

    public static Identity ofToken(String tokenName) {
        return new Identity(TOKEN_PREFIX + tokenName, Role.API, null);
    }
}
