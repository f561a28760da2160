package org.bngopt.reference.boundary;

/** The reference tables cannot be read now: the database is down or its schema is not migrated yet. */
public class ReferenceDataUnavailableException extends RuntimeException {
    public ReferenceDataUnavailableException(String message) {
        super(message);
    }

    public ReferenceDataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
