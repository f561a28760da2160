package org.bngopt.accounts.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a caller may do: quoters create and read their quotes, admins also manage, API clients are machines. */
public enum Role {
    QUOTER, ADMIN, API;

    /** For {@code isUserInRole}. */
    public static final String ADMIN_NAME = "admin";

    /** The name used in {@code web.xml}, the database and the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
