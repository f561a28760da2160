package org.bngopt.quote;

import java.util.List;

/** The body of a 400 (rules.md §13): every field error of the request. */
public record ValidationErrorBody(int status, String error, List<FieldError> errors) {
    public static ValidationErrorBody of(List<FieldError> errors) {
        return new ValidationErrorBody(400, "VALIDATION_ERROR", errors);
    }
}
