package org.bngopt.quotes;

import java.util.Locale;
import java.util.Optional;

/**
 * How two customers are recognised as one (quotes.md Q1): the same e-mail, trimmed and in any case, or
 * the same phone digits when there are at least seven of them.
 */
public final class CustomerKeys {
    static final int MIN_PHONE_DIGITS = 7;

    private CustomerKeys() {
    }

    public static Optional<String> email(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(email.trim().toLowerCase(Locale.ROOT));
    }

    public static Optional<String> phone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() >= MIN_PHONE_DIGITS ? Optional.of(digits) : Optional.empty();
    }
}
