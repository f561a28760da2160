package org.bngopt.infrastructure.database;

import java.sql.SQLException;

/** A statement failed, most often because Postgres cannot be reached. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
