package org.bngopt.api.metric;

import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The content of one named field of a {@code multipart/form-data} body already in memory (the body-size
 * limit has read it): enough for one uploaded file, without a multipart library.
 */
final class Multipart {
    private Multipart() {
    }

    static boolean is(MediaType type) {
        return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /** The bytes of field {@code name}, or null when the body has no such field. */
    static byte[] field(byte[] body, MediaType type, String name) {
        String boundary = type.getParameters().get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            return null;
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                return null;
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                return null;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
            if (headers.toLowerCase(java.util.Locale.ROOT).contains("name=\"" + name.toLowerCase(java.util.Locale.ROOT) + "\"")) {
                return Arrays.copyOfRange(body, headersEnd + 4, next);
            }
            start = next + 2;
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
