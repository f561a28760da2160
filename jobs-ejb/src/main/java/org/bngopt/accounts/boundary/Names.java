package org.bngopt.accounts.boundary;

import org.bngopt.infrastructure.validation.InvalidFieldException;

import java.util.regex.Pattern;

/** The rules for user and token names, the same as the database's checks. */
final class Names {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private Names() {
    }

    static String require(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidFieldException(field, "must be 1 to 64 letters, digits or . _ @ -");
        }
        return name;
    }
}
