package org.bngopt.infrastructure.database;

import org.bngopt.reference.control.LoadSampleReferenceData;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** The project's Flyway set-up: the SQL migrations in {@code db/migration} plus the sample-data load. */
public final class Migrations {
    private Migrations() {
    }

    public static Flyway on(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new LoadSampleReferenceData())
                .load();
    }
}
