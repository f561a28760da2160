package org.bngopt.reference.control;

import org.bngopt.reference.Adjacency;
import org.bngopt.reference.ReferenceData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes a whole reference-data snapshot into the reference tables through plain JDBC batches, on a
 * connection whose transaction the caller owns, so the tables are written completely or not at all.
 */
public final class ReferenceDataWriter {

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private ReferenceDataWriter() {
    }

    private static final List<String> TABLES = List.of("reference_version", "distinctiveness_levels", "habitats", "banks",
            "stock", "prices", "srm", "contract_sizes", "trading_rules", "lpa_adjacency", "nca_adjacency");

    /** Replaces every reference table's rows with {@code data}'s, in the caller's transaction. */
    public static void replace(Connection connection, ReferenceData data) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("delete from " + table);
            }
        }
        write(connection, data);
    }

    public static void write(Connection connection, ReferenceData data) throws SQLException {
        insert(connection, "insert into reference_version (id, version) values (1, ?)",
                List.of(data.version()), (s, version) -> s.setString(1, version));
        insert(connection, "insert into distinctiveness_levels (distinctiveness, level_value) values (?, ?)",
                data.distinctivenessLevels(), (s, level) -> {
                    s.setString(1, level.name());
                    s.setInt(2, level.level());
                });
        insert(connection, "insert into habitats (habitat_name, broad_type, distinctiveness, ledger) values (?, ?, ?, ?)",
                data.habitats(), (s, habitat) -> {
                    s.setString(1, habitat.name());
                    s.setString(2, habitat.broadType());
                    s.setString(3, habitat.distinctiveness());
                    s.setString(4, habitat.ledger().code());
                });
        insert(connection, "insert into banks (bank_id, bank_name, lpa_name, nca_name, postcode, lat, lon,"
                        + " waterbody_catchment, operational_catchment) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.banks(), (s, bank) -> {
                    s.setString(1, bank.id());
                    s.setString(2, bank.name());
                    s.setString(3, bank.lpa());
                    s.setString(4, bank.nca());
                    s.setString(5, bank.postcode());
                    s.setBigDecimal(6, bank.lat());
                    s.setBigDecimal(7, bank.lon());
                    s.setString(8, bank.waterbodyCatchment());
                    s.setString(9, bank.operationalCatchment());
                });
        insert(connection, "insert into stock (stock_id, bank_id, habitat_name, available_excl_quotes, quoted)"
                        + " values (?, ?, ?, ?, ?)",
                data.stock(), (s, parcel) -> {
                    s.setString(1, parcel.id());
                    s.setString(2, parcel.bankId());
                    s.setString(3, parcel.habitatName());
                    s.setBigDecimal(4, parcel.availableExclQuotes());
                    s.setBigDecimal(5, parcel.quoted());
                });
        insert(connection, "insert into prices (bank_id, habitat_name, contract_size, tier, price) values (?, ?, ?, ?, ?)",
                data.prices(), (s, price) -> {
                    s.setString(1, price.bankId());
                    s.setString(2, price.habitatName());
                    s.setString(3, price.contractSize());
                    s.setString(4, price.tier());
                    s.setBigDecimal(5, price.price());
                });
        insert(connection, "insert into srm (tier, multiplier, rank) values (?, ?, ?)",
                data.spatialRiskMultipliers(), (s, srm) -> {
                    s.setString(1, srm.tier());
                    s.setBigDecimal(2, srm.multiplier());
                    s.setInt(3, srm.rank());
                });
        insert(connection, "insert into contract_sizes (contract_size, rank, max_units_exclusive, admin_fee)"
                        + " values (?, ?, ?, ?)",
                data.contractSizes(), (s, size) -> {
                    s.setString(1, size.name());
                    s.setInt(2, size.rank());
                    s.setBigDecimal(3, size.maxUnitsExclusive());
                    s.setBigDecimal(4, size.adminFee());
                });
        insert(connection, "insert into trading_rules (demand_habitat, allowed_supply_habitat, min_distinctiveness)"
                        + " values (?, ?, ?)",
                data.tradingRules(), (s, rule) -> {
                    s.setString(1, rule.demandHabitat());
                    s.setString(2, rule.allowedSupplyHabitat());
                    s.setString(3, rule.minDistinctiveness());
                });
        insert(connection, "insert into lpa_adjacency (lpa_a, lpa_b) values (?, ?)", data.lpaAdjacency(), ReferenceDataWriter::bindPair);
        insert(connection, "insert into nca_adjacency (nca_a, nca_b) values (?, ?)", data.ncaAdjacency(), ReferenceDataWriter::bindPair);
    }

    private static void bindPair(PreparedStatement statement, Adjacency pair) throws SQLException {
        statement.setString(1, pair.a());
        statement.setString(2, pair.b());
    }

    private static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
