package org.bngopt.api;

import org.bngopt.infrastructure.validation.InvalidFieldException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parsing of query and path parameters at the edge, each failure naming the parameter. */
public final class Parameters {
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_WAIT_MILLIS = 10_000;

    private Parameters() {
    }

    /** A record's number in a path: a whole number from 1. */
    public static long number(String name, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidFieldException(name, "must be a whole number from 1");
    }

    public static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    public static int page(String value) {
        return integer("page", value, 0, 0, Integer.MAX_VALUE);
    }

    /** How long a caller will wait for a job to end: 0 to {@value #MAX_WAIT_MILLIS} ms, 0 when absent. */
    public static int waitMillis(String value) {
        return integer("waitMillis", value, 0, 0, MAX_WAIT_MILLIS);
    }

    public static int size(String value, int defaultSize) {
        return integer("size", value, defaultSize, 1, MAX_PAGE_SIZE);
    }

    private static int integer(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFieldException(field, "must be a whole number from " + min + " to " + max);
    }

    /** An ISO-8601 instant with offset, or a date meaning its start in UTC. */
    public static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be an ISO-8601 date (2026-11-28) or date-time (2026-11-28T10:00:00Z)");
        }
    }

    /** Trimmed text, or null when blank; control characters (a NUL, say) are refused, naming the parameter. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(name, "must not contain control characters");
        }
        return value.trim();
    }
}
