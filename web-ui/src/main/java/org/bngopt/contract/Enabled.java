package org.bngopt.contract;

/** {@code PUT /api/admin/users/{username}/enabled}. */
public record Enabled(boolean enabled) {
}
