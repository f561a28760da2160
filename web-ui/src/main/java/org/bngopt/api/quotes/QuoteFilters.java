package org.bngopt.api.quotes;

import org.bngopt.api.Parameters;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.quotes.QuoteStatus;
import org.bngopt.quotes.entity.QuoteFilter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** The query of {@code GET /api/quotes}, each bad parameter a 400 naming it. */
final class QuoteFilters {
    private QuoteFilters() {
    }

    static QuoteFilter of(String reference, String client, String status, String lpa, String nca, String from, String to,
                          String customerId) {
        return new QuoteFilter(Parameters.text("reference", reference), Parameters.text("client", client), status(status),
                Parameters.text("lpa", lpa), Parameters.text("nca", nca), day("from", from), day("to", to), customerId(customerId),
                null);
    }

    private static QuoteStatus status(String value) {
        String text = Parameters.text("status", value);
        if (text == null) {
            return null;
        }
        return Arrays.stream(QuoteStatus.values()).filter(status -> status.name().equals(text.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidFieldException("status", "must be one of "
                        + Arrays.toString(QuoteStatus.values())));
    }

    private static LocalDate day(String name, String value) {
        String text = Parameters.text(name, value);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be a date, YYYY-MM-DD");
        }
    }

    private static Long customerId(String value) {
        String text = Parameters.text("customerId", value);
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("customerId", "must be a whole number");
        }
    }
}
