package org.bngopt.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.bngopt.errors.ErrorResponses;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses API request bodies over 1 MiB (16 MiB for reference-data imports and metric workbooks) with 413 before anything parses them: by the declared
 * Content-Length when there is one, else by reading at most one byte past the limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    static final int MAX_BYTES = 1 << 20;
    /** Reference-data uploads (admins only) and metric workbooks (a real one is about 3 MB) may be larger. */
    static final int MAX_IMPORT_BYTES = 16 << 20;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        int limit = path.startsWith("admin/reference/import") || path.startsWith("metric") ? MAX_IMPORT_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(ErrorResponses.payloadTooLarge(limit));
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(limit + 1);
        if (body.length > limit) {
            request.abortWith(ErrorResponses.payloadTooLarge(limit));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
