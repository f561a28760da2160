package org.bngopt.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people in England read them: local time, "3 Dec 2026, 14:05", no seconds or offsets. */
@Named
@ApplicationScoped
public class UkTime {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** An instant given as an {@link OffsetDateTime} or its ISO-8601 text; blank for none. */
    public String of(Object instant) {
        return format(instant);
    }

    /** A day given as ISO-8601 text ({@code 2026-12-03}) as "3 December 2026"; blank for none. */
    public String day(Object day) {
        return day == null || day.toString().isBlank() ? "" : DAY.format(java.time.LocalDate.parse(day.toString()));
    }

    public static String format(Object instant) {
        if (instant == null || instant.toString().isBlank()) {
            return "";
        }
        OffsetDateTime time = instant instanceof OffsetDateTime given ? given : OffsetDateTime.parse(instant.toString());
        return FORMAT.format(time.atZoneSameInstant(LONDON));
    }
}
