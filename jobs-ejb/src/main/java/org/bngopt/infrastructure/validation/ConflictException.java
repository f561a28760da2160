package org.bngopt.infrastructure.validation;

/**
 * A request that is well formed but cannot be done in the state things are in: a transition not in the
 * life cycle, stock that is no longer there, a customer who already exists. The API answers 409 with the
 * code and the message, and nothing has changed.
 */
public class ConflictException extends RuntimeException {
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
