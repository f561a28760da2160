package org.bngopt.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON of the result (§12) and of the validation error body (§13). Decimals are written as plain
 * numbers without trailing zeros, so the same result always gives the same bytes.
 */
public final class QuoteJson {
    /** The §13 body. */
    public record ValidationErrorBody(int status, String error, List<FieldError> errors) {
        public static ValidationErrorBody of(List<FieldError> errors) {
            return new ValidationErrorBody(400, "VALIDATION_ERROR", errors);
        }
    }

    private static final ObjectMapper COMPACT = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimalSerializer()))
            .build();
    private static final ObjectMapper INDENTED = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private QuoteJson() {
    }

    /** Indented, for people (the CLI). */
    public static String write(Object value) {
        return write(INDENTED, value);
    }

    /** On one line, for the API, the cache and the job history. */
    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
