package org.bngopt.reference.control;

import org.bngopt.reference.ReferenceCsv;
import org.flywaydb.core.api.migration.Context;
import org.bngopt.infrastructure.database.NumberedJavaMigration;

/**
 * Loads the bundled sample reference set as schema migration 3. Being a migration, it runs exactly
 * once per database, right after the tables are created and under Flyway's lock, so it only ever
 * fills an empty database, never overwrites a later import, and is safe when several instances start
 * together.
 */
public class LoadSampleReferenceData extends NumberedJavaMigration {

    public LoadSampleReferenceData() {
        super("3", "load sample reference data");
    }

    @Override
    public void migrate(Context context) throws Exception {
        ReferenceDataWriter.write(context.getConnection(), ReferenceCsv.readSample());
    }
}
