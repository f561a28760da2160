package org.bngopt.contract;

/**
 * A refusal of the API with its typed error body: thrown by a resource to be answered as it is, and
 * raised by the pages' REST clients when the API refuses them.
 */
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
