package org.bngopt.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The one home of the product's JSON configuration (Jackson). Everything written is written the same
 * way: decimals as plain numbers without trailing zeros and timestamps as ISO-8601 text, so the same
 * value always gives the same bytes. Three flavours:
 * <ul>
 *     <li>{@link #compact}: one line, for the API, the cache and the job history;</li>
 *     <li>{@link #indented}: for people (the CLI);</li>
 *     <li>{@link #canonical}: map keys sorted, for hashing.</li>
 * </ul>
 * Reading is {@link #strictTree strict} for bodies that must be validated field by field (decimals kept
 * exact, trailing tokens refused) and {@link #read lenient} for answers of our own API, so that a field
 * added to a contract never breaks an older reader.
 */
public final class Json {
    private static final ObjectMapper COMPACT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimalSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper INDENTED = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper CANONICAL = COMPACT.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectMapper STRICT = COMPACT.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** On one line, for the API, the cache and the job history. */
    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    /** Indented, for people. */
    public static String indented(Object value) {
        return write(INDENTED, value);
    }

    /** On one line with map keys sorted: the same meaning always gives the same text. */
    public static String canonical(Object value) {
        return write(CANONICAL, value);
    }

    public static void compact(Object value, OutputStream out) throws IOException {
        COMPACT.writeValue(out, value);
    }

    /** A body to validate by hand: decimals exact, nothing allowed after the value. */
    public static JsonNode strictTree(String text) throws JacksonException {
        return STRICT.readTree(text);
    }

    /** One of our own contracts; unknown fields are ignored. */
    public static <T> T read(String text, Class<T> type) {
        try {
            return COMPACT.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** One of our own contracts, of a type that may be generic ({@code List<UserView>}). */
    public static Object read(InputStream in, Type type) throws IOException {
        return COMPACT.readValue(in, COMPACT.getTypeFactory().constructType(type));
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
