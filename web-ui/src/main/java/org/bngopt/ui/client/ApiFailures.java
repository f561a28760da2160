package org.bngopt.ui.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.ApiException;
import org.bngopt.json.Json;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every refusal of the API into an {@link ApiException} carrying its typed error body. */
public class ApiFailures implements ResponseExceptionMapper<ApiException> {
    @Override
    public ApiException toThrowable(Response response) {
        String text = response.hasEntity() ? response.readEntity(String.class) : "";
        ApiError error;
        try {
            error = text.isBlank() ? null : Json.read(text, ApiError.class);
        } catch (RuntimeException notOurs) {
            error = null;
        }
        return new ApiException(error != null && error.status() != 0 ? error
                : ApiError.of(response.getStatus(), "HTTP_" + response.getStatus(), null));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
