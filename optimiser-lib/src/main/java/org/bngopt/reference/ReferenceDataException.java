package org.bngopt.reference;

/** A reference table that cannot be used; the message names the file and, where there is one, the line. */
public class ReferenceDataException extends RuntimeException {
    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
