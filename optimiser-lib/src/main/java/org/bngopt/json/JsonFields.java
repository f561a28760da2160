package org.bngopt.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.InvalidRequestException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one JSON object and collects every problem, each named by its path
 * ({@code customer.email}, {@code manualLines[2].units}), so that one 400 can list them all.
 */
public final class JsonFields {
    private final JsonNode object;
    private final String path;
    private final List<FieldError> errors;

    private JsonFields(JsonNode object, String path, List<FieldError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** The fields of a whole body; a body that is not a JSON object is the one problem. */
    public static JsonFields of(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("", "must be a JSON object"));
        }
        return new JsonFields(body, "", errors);
    }

    /** The fields of an object inside this one, its problems collected with this one's. */
    public JsonFields object(String name) {
        JsonNode value = object == null ? null : object.get(name);
        if (value != null && !value.isNull() && !value.isObject()) {
            problem(name, "must be an object");
            value = null;
        }
        return new JsonFields(value, name(name), errors);
    }

    /** The objects of an array field, at most {@code max} of them. */
    public List<JsonFields> objects(String name, int max) {
        JsonNode value = get(name);
        List<JsonFields> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            problem(name, "must be an array");
            return items;
        }
        if (value.size() > max) {
            problem(name, "must have at most " + max + " items");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            String itemPath = name(name) + "[" + i + "]";
            if (!value.get(i).isObject()) {
                errors.add(new FieldError(itemPath, "must be an object"));
            } else {
                items.add(new JsonFields(value.get(i), itemPath, errors));
            }
        }
        return items;
    }

    public boolean present() {
        return object != null && !object.isNull();
    }

    /** True when the field is there and is JSON {@code null}: in a change, "remove this". */
    public boolean explicitNull(String name) {
        return object != null && object.has(name) && object.get(name).isNull();
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    /** Trimmed text of at most {@code maxLength} characters; null when absent or blank and not required. */
    public String text(String name, boolean required, int maxLength) {
        JsonNode value = get(name);
        if (value == null || value.isTextual() && value.asText().isBlank()) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            problem(name, "must be a string");
            return null;
        }
        String text = value.asText().trim();
        if (text.length() > maxLength) {
            problem(name, "must have at most " + maxLength + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problem(name, "must not contain control characters");
            return null;
        }
        return text;
    }

    /** A number from {@code min} to {@code max}; {@code minExclusive} when the lowest is not allowed. */
    public BigDecimal number(String name, boolean required, BigDecimal min, boolean minExclusive, BigDecimal max) {
        JsonNode value = get(name);
        if (value == null) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.isNumber()) {
            problem(name, "must be a number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        int low = number.compareTo(min);
        if (low < 0 || minExclusive && low == 0 || number.compareTo(max) > 0) {
            problem(name, "must be " + (minExclusive ? "more than " : "from ") + min.toPlainString() + (minExclusive ? " and at most " : " to ")
                    + max.toPlainString());
            return null;
        }
        return number;
    }

    /** A job id: a UUID in text; null when absent (and not required) or not a UUID. */
    public java.util.UUID jobId(String name, boolean required) {
        String text = text(name, required, 36);
        if (text == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problem(name, "must be a job id (a UUID)");
            return null;
        }
    }

    /** True or false; null (and a problem) for anything else. */
    public Boolean bool(String name) {
        JsonNode value = get(name);
        if (value == null || !value.isBoolean()) {
            problem(name, "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    /** A whole number id, at least 1. */
    public Long id(String name, boolean required) {
        JsonNode value = get(name);
        if (value == null) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
            problem(name, "must be a whole number from 1");
            return null;
        }
        return value.asLong();
    }

    public void problem(String name, String message) {
        errors.add(new FieldError(name(name), message));
    }

    /** Throws the collected problems, if there are any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private JsonNode get(String name) {
        JsonNode value = object == null ? null : object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private String name(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
