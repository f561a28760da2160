package org.bngopt.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.bngopt.api.errors.ErrorResponses;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses API request bodies over 1 MiB with 413 before anything parses them: by the declared
 * Content-Length when there is one, else by reading at most one byte past the limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    static final int MAX_BYTES = 1 << 20;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(ErrorResponses.payloadTooLarge(MAX_BYTES));
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            request.abortWith(ErrorResponses.payloadTooLarge(MAX_BYTES));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
