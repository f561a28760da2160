package org.bngopt.accounts.entity;

/**
 * Who a request comes from once verified: a user's name, or {@code token:} and the token's name for a
 * machine client.
 */
public record Identity(String name, Role role) {
    public static final String TOKEN_PREFIX = "token:";

    public static Identity ofToken(String tokenName) {
        return new Identity(TOKEN_PREFIX + tokenName, Role.API);
    }
}
