package org.bngopt.infrastructure.validation;

/**
 * One input field that breaks a rule: a query or path parameter, a field of an admin request, a user
 * or token name, an edited value. The API answers 400 with the §13 body naming the field and why.
 */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
