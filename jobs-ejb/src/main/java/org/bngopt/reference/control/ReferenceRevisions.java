package org.bngopt.reference.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Version strings for changed reference data: the set's own version and the next number of one
 * database sequence ({@code ref-2025.11-r1+7}). Every change gets a version never used before, so a
 * result cached under an earlier one can never be served for the new data.
 */
public final class ReferenceRevisions {
    private static final Pattern REVISION = Pattern.compile("\\+\\d+$");

    private ReferenceRevisions() {
    }

    /** The version after a change of the set whose own version is {@code base}. */
    public static String next(Connection connection, String base) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select nextval('reference_revision')");
             ResultSet row = next.executeQuery()) {
            row.next();
            return REVISION.matcher(base).replaceFirst("") + "+" + row.getLong(1);
        }
    }

    /**
     * Locks the version row until the transaction ends, so concurrent changes take their turns, and
     * returns the current version.
     */
    public static String lockCurrent(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select version from reference_version where id = 1 for update");
             ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("no reference data has been loaded");
            }
            return row.getString(1);
        }
    }

    public static void set(Connection connection, String version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update reference_version set version = ?, loaded_at = now() where id = 1")) {
            update.setString(1, version);
            update.executeUpdate();
        }
    }
}
