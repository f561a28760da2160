package org.bngopt.infrastructure.database;

/** The database cannot be used yet: it is unreachable or its schema is not migrated. */
public class DatabaseNotReadyException extends RuntimeException {
    public DatabaseNotReadyException() {
        super("the database is not ready");
    }
}
