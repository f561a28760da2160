package org.bngopt.infrastructure.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain parameterised statements on the application's pool, each in its own auto-committed transaction. */
@ApplicationScoped
public class Jdbc {

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work on one connection whose transaction {@link #inTransaction} commits or rolls back as a whole. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    Database database;

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... values) {
        try (Connection connection = database.dataSource().getConnection()) {
            return list(connection, sql, mapper, values);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... values) {
        return list(sql, mapper, values).stream().findFirst();
    }

    public int update(String sql, Object... values) {
        try (Connection connection = database.dataSource().getConnection()) {
            return update(connection, sql, values);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** One statement run for each row of values, as one JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] values : rows) {
                bind(statement, values);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** The rows of a query inside a transaction of {@link #inTransaction}. */
    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(mapper.map(rows));
            }
            return found;
        }
    }

    public static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... values) throws SQLException {
        return list(connection, sql, mapper, values).stream().findFirst();
    }

    /** An update inside a transaction of {@link #inTransaction}: the rows it changed. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    public static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, values);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
