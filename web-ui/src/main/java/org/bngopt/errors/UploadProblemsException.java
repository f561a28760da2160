package org.bngopt.errors;

import org.bngopt.contract.ApiError;

/** An upload with problems; the API answers 400 with this body, listing each by sheet and row, or file and line. */
public class UploadProblemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiError body;

    public UploadProblemsException(ApiError body) {
        super(body.message());
        this.body = body;
    }

    public ApiError body() {
        return body;
    }
}
