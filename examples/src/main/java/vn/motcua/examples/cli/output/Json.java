package vn.motcua.examples.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;

/**
 * Writes command results as indented JSON: maps, lists, strings, numbers, records, and
 * {@link Instant}s as ISO-8601 text ({@code 2026-11-27T06:45:25Z}).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("instants").addSerializer(Instant.class, ToStringSerializer.instance))
            .build();

    private Json() {
    }

    /** {@code value} as indented JSON text, without a trailing newline. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for a " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
