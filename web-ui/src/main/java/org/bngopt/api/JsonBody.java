package org.bngopt.api;

import com.fasterxml.jackson.core.JacksonException;
import org.bngopt.json.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.reference.ReferenceNumbers;

import java.math.BigDecimal;

/** Reading the small JSON bodies of the admin API; anything else is a 400 naming the field. */
public final class JsonBody {
    private final ObjectNode body;

    private JsonBody(ObjectNode body) {
        this.body = body;
    }

    public static JsonBody of(String text) {
        try {
            JsonNode parsed = text == null || text.isBlank() ? null : Json.strictTree(text);
            if (parsed instanceof ObjectNode object) {
                return new JsonBody(object);
            }
        } catch (JacksonException e) {
            throw new InvalidFieldException("body", "is not valid JSON");
        }
        throw new InvalidFieldException("body", "must be a JSON object");
    }

    /** The body as a tree for {@link org.bngopt.json.JsonFields}; malformed JSON is the one problem. */
    public static JsonNode tree(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.strictTree(text);
        } catch (JacksonException e) {
            throw new org.bngopt.quote.InvalidRequestException(java.util.List.of(new org.bngopt.quote.FieldError("", "malformed JSON")));
        }
    }

    /** A string field, or null when absent and not required. */
    public String text(String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidFieldException(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidFieldException(field, "must be a string");
        }
        return value.asText();
    }

    public boolean bool(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isBoolean()) {
            throw new InvalidFieldException(field, "must be true or false");
        }
        return value.asBoolean();
    }

    public BigDecimal number(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber()) {
            throw new InvalidFieldException(field, "must be a number");
        }
        BigDecimal number = value.decimalValue();
        if (!ReferenceNumbers.fits(number)) {
            throw new InvalidFieldException(field, "must have " + ReferenceNumbers.LIMITS);
        }
        return number;
    }
}
