package org.bngopt.infrastructure.database;

import java.sql.SQLException;

/** A statement failed, most often because Postgres cannot be reached. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** The database refused the values (SQL states 22 and 23: bad data, a broken constraint), not the connection. */
    public boolean refusedData() {
        String state = ((SQLException) getCause()).getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }
}
