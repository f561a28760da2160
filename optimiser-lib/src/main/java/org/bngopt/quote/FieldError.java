package org.bngopt.quote;

/** One violation of §13: the field path ("demand[1].units", "" for the whole body) and the exact message. */
public record FieldError(String field, String message) {
}
