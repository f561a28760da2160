package org.bngopt.infrastructure.database;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration a feature registers (see {@link Migrations}): its schema version and description are
 * given, not derived from a class name; it runs in Flyway's transaction and carries no checksum.
 */
public abstract class NumberedJavaMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;

    protected NumberedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
