package org.bngopt.contract;

/** A user as listed; never the password. */
public record UserView(String username, String role, boolean enabled, String createdAt) {
}
