package org.bngopt.api.errors;

import org.bngopt.errors.ErrorResponses;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every exception a resource throws is answered by {@link ErrorResponses}. */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable failure) {
        return ErrorResponses.of(failure);
    }
}
