package org.bngopt.contract;

/** {@code POST /api/admin/users}. */
public record NewUser(String username, String password, String role) {
}
