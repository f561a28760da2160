package org.bngopt.contract;

/** A refusal from the API, as a REST client receives it: the status and the typed error body. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiError error;

    public ApiException(ApiError error) {
        super(error.describe());
        this.error = error;
    }

    public ApiError error() {
        return error;
    }

    public int status() {
        return error.status();
    }
}
