package org.bngopt.reference.boundary;

/** An edit of one reference-data value that breaks a rule; the API answers 400 naming the field. */
public class InvalidEditException extends RuntimeException {
    private final String field;

    public InvalidEditException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
