package org.bngopt.contract;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.bngopt.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Reads and writes the contract records as JSON with the product's one Jackson configuration, on both
 * sides: the resources (as a provider) and the pages' REST clients (registered by their builder). Text
 * and bytes are left to the runtime's own providers, so hand-written answers pass through untouched.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JsonContracts implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private static final Set<Class<?>> RAW = Set.of(String.class, byte[].class, InputStream.class);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return Json.read(entity, genericType == null ? type : genericType);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        Json.compact(value, entity);
    }

    private static boolean handles(Class<?> type, MediaType mediaType) {
        return !RAW.contains(type) && !jakarta.ws.rs.core.Response.class.isAssignableFrom(type)
                && (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json"));
    }
}
