package org.bngopt.quotes.control;

import org.flywaydb.core.api.migration.Context;
import org.bngopt.infrastructure.database.NumberedJavaMigration;

import java.sql.Statement;

/**
 * Creates the quote number sequence as schema migration 6.1, starting at {@code QUOTE_REFERENCE_START}
 * (2025 unless set): being a migration, it runs once, on a new database, so a later change of the setting
 * can never make a number come round again. It is read from the environment, as the migration runs
 * before any bean is there to be configured.
 */
public class StartQuoteNumbering extends NumberedJavaMigration {
    static final long DEFAULT_START = 2025;
    static final long MAX_START = 999_999_999_999L;

    public StartQuoteNumbering() {
        super("6.1", "quote number sequence");
    }

    @Override
    public void migrate(Context context) throws Exception {
        long start = start(System.getenv("QUOTE_REFERENCE_START"));
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create sequence quote_number minvalue 0 start with " + start + " no cycle");
        }
    }

    static long start(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_START;
        }
        try {
            long start = Long.parseLong(setting.trim());
            if (start >= 0 && start <= MAX_START) {
                return start;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException("QUOTE_REFERENCE_START must be a whole number from 0 to " + MAX_START + ", not " + setting);
    }
}
