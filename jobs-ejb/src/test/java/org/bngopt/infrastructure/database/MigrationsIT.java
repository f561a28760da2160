package org.bngopt.infrastructure.database;

import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.TestDatabases;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The real migrations against a real, initially empty Postgres database. */
class MigrationsIT {
    private static final String DATABASE = "bngopt_migrations_it";
    private static final ReferenceData SAMPLE = ReferenceCsv.readSample();

    private final DataSource dataSource = TestDatabases.dataSource(DATABASE);

    @BeforeEach
    void emptyDatabase() {
        TestDatabases.recreate(DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabases.drop(DATABASE);
    }

    @Test
    void migratesAnEmptyDatabaseThenRerunsWithoutChange() throws SQLException {
        MigrateResult first = Migrations.on(dataSource).migrate();

        assertThat(first.migrationsExecuted).isEqualTo(10);
        assertThat(first.targetSchemaVersion).isEqualTo("9");
        assertThat(tables()).contains("banks", "habitats", "distinctiveness_levels", "stock", "prices", "srm",
                "contract_sizes", "trading_rules", "lpa_adjacency", "nca_adjacency", "reference_version", "jobs",
                "users", "api_tokens", "audit_log", "job_watchers", "customers", "introducers", "quotes", "quote_events",
                "quote_holds", "quote_expiry_runs", "quote_messages", "job_unavailability", "statutory_credit_prices",
                "statutory_credit_habitats", "watches", "notifications");
        assertThat(single("select nextval('quote_number')")).as("QUOTE_REFERENCE_START unset").isEqualTo("2025");
        assertSampleLoadedOnce();

        MigrateResult second = Migrations.on(dataSource).migrate();

        assertThat(second.migrationsExecuted).isZero();
        assertThat(Migrations.on(dataSource).validateWithResult().validationSuccessful).isTrue();
        assertSampleLoadedOnce();
    }

    @Test
    void neverOverwritesReferenceDataChangedAfterTheSampleLoad() throws SQLException {
        Migrations.on(dataSource).migrate();
        execute("update reference_version set version = 'imported-later'");
        execute("update prices set price = 1 where bank_id = 'WC1P01'");

        Migrations.on(dataSource).migrate();

        assertThat(single("select version from reference_version")).isEqualTo("imported-later");
        assertThat(single("select count(*) from prices where bank_id = 'WC1P01' and price <> 1")).isEqualTo("0");
    }

    @Test
    void instancesStartingTogetherLoadTheSampleOnce() throws SQLException {
        List<CompletableFuture<MigrateResult>> instances = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> Migrations.on(dataSource).migrate()));
        }
        int executed = instances.stream().mapToInt(instance -> instance.join().migrationsExecuted).sum();

        assertThat(executed).isEqualTo(10);
        assertSampleLoadedOnce();
    }

    @Test
    void storesTheSampleValuesExactly() throws SQLException {
        Migrations.on(dataSource).migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select max_units_exclusive, admin_fee from contract_sizes"
                     + " where contract_size = 'fractional'")) {
            row.next();
            assertThat(row.getBigDecimal(1)).isEqualByComparingTo(new BigDecimal("0.1"));
            assertThat(row.getBigDecimal(2)).isEqualByComparingTo(new BigDecimal("300"));
        }
        assertThat(single("select count(*) from contract_sizes where max_units_exclusive is null")).isEqualTo("1");
    }

    private void assertSampleLoadedOnce() throws SQLException {
        assertThat(single("select version from reference_version")).isEqualTo(SAMPLE.version());
        assertThat(single("select count(*) from banks")).isEqualTo(String.valueOf(SAMPLE.banks().size()));
        assertThat(single("select count(*) from habitats")).isEqualTo(String.valueOf(SAMPLE.habitats().size()));
        assertThat(single("select count(*) from stock")).isEqualTo(String.valueOf(SAMPLE.stock().size()));
        assertThat(single("select count(*) from prices")).isEqualTo(String.valueOf(SAMPLE.prices().size()));
        assertThat(single("select count(*) from trading_rules")).isEqualTo(String.valueOf(SAMPLE.tradingRules().size()));
        assertThat(single("select count(*) from lpa_adjacency")).isEqualTo(String.valueOf(SAMPLE.lpaAdjacency().size()));
        assertThat(single("select count(*) from nca_adjacency")).isEqualTo(String.valueOf(SAMPLE.ncaAdjacency().size()));
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
