package org.bngopt.api.errors;

/** A query or path parameter that fails validation; answered as a 400 naming the parameter. */
public class BadParameterException extends RuntimeException {
    private final String field;

    public BadParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
