package org.bngopt.infrastructure.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

import javax.sql.DataSource;
import java.util.ServiceLoader;

/**
 * The project's Flyway set-up: the SQL migrations in {@code db/migration}, plus the Java migrations that
 * features register themselves as services of {@link JavaMigration} (in
 * {@code META-INF/services}), so that this infrastructure knows none of them.
 */
public final class Migrations {
    private Migrations() {
    }

    public static Flyway on(DataSource dataSource) {
        JavaMigration[] registered = ServiceLoader.load(JavaMigration.class, Migrations.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toArray(JavaMigration[]::new);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(registered)
                .load();
    }
}
