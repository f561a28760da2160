package org.bngopt.accounts.control;

import org.bngopt.infrastructure.validation.InvalidFieldException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, not mostly
 * blank or one repeated character, not the user name, and not one of the common passwords people choose
 * when told "at least 12 characters" (compared ignoring case, spaces and punctuation).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws InvalidFieldException naming {@code password} and the rule it breaks */
    public static void require(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw refused("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.strip().length() < MIN_LENGTH) {
            throw refused("must have at least " + MIN_LENGTH + " characters that are not spaces");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            throw refused("must use at least " + MIN_DISTINCT_CHARACTERS + " different characters");
        }
        String plain = plain(password);
        if (username != null && plain.contains(plain(username)) && !plain(username).isEmpty()) {
            throw refused("must not contain the user name");
        }
        if (COMMON.contains(plain)) {
            throw refused("is one of the most common passwords; choose another");
        }
    }

    private static InvalidFieldException refused(String reason) {
        return new InvalidFieldException("password", reason);
    }

    /** Lower case, letters and digits only: "Password 1234!" and "password1234" are the same guess. */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::plain).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
