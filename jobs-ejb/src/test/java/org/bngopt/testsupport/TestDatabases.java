package org.bngopt.testsupport;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates and drops the throw-away Postgres databases the integration tests run against, on the
 * server named by {@code TEST_DB_SERVER} (default the local one), never the run database.
 */
public final class TestDatabases {
    private static final String SERVER = System.getenv().getOrDefault("TEST_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "");

    private TestDatabases() {
    }

    public static String url(String name) {
        return SERVER + name;
    }

    /** Drops the database if it exists and creates it empty. */
    public static void recreate(String name) {
        drop(name);
        admin("create database " + quoted(name));
    }

    public static void drop(String name) {
        admin("drop database if exists " + quoted(name) + " with (force)");
    }

    public static DataSource dataSource(String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url(name));
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(url(name), USER, PASSWORD);
    }

    private static void admin(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + SERVER + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("test database names are lower-case words: " + name);
        }
        return '"' + name + '"';
    }
}
