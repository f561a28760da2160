package org.bngopt.accounts.boundary;

/** A user or token change that breaks a rule; the API answers 400 naming the field. */
public class InvalidAccountException extends RuntimeException {
    private final String field;

    public InvalidAccountException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
