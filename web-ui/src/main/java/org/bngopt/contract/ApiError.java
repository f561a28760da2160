package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bngopt.quote.FieldError;

import java.util.List;

/**
 * Every error body of the API, whatever answered it (a resource, the security mechanism, an edge filter
 * or the container): {@code status}, an {@code error} code and a {@code message}; a 400 lists its
 * {@code errors} by field (rules.md §13), a refused reference-data upload its {@code problems}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "error", "message", "errors", "problems"})
public record ApiError(int status, String error, String message, List<FieldError> errors, List<UploadProblem> problems) {

    /** One problem of an uploaded reference-data set, by table and row. */
    public record UploadProblem(String table, int row, String message, String text) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null, null);
    }

    public static ApiError validation(List<FieldError> errors) {
        return new ApiError(400, "VALIDATION_ERROR", null, errors, null);
    }

    /** What a person should read: the first field error, else the message. */
    public String describe() {
        if (errors != null && !errors.isEmpty()) {
            FieldError first = errors.get(0);
            return first.field() + ": " + first.message();
        }
        return message != null ? message : "The request failed (" + status + ").";
    }
}
