package org.bngopt.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;

/** The JSON API under {@code /api}; its OpenAPI document is at {@code /openapi}, browsable at {@code /docs/}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "BNG Optimiser API", version = "1",
        description = "Quotes for Biodiversity Net Gain units: submit a request, follow the job, read the result."))
public class RestApplication extends Application {
    /** The contract records are written by {@code JsonContracts} (Jackson), never by the runtime's JSON-B. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonBinding", true);
    }
}
