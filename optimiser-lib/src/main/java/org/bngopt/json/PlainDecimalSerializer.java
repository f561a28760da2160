package org.bngopt.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;

/** Writes a decimal as a plain JSON number without exponent or trailing zeros ({@code 1.50} → {@code 1.5}). */
final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
    PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }
}
