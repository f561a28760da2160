package org.bngopt.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

import java.util.Map;

/** The JSON API under {@code /api}; its OpenAPI document is at {@code /openapi}, browsable at {@code /docs/}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "BNG Optimiser API", version = "1",
        description = "Quotes for Biodiversity Net Gain units: submit a request, follow the job, read the result."
                + " Machine clients send an API token as Authorization: Bearer (the Authorize button);"
                + " every error is the same JSON body (ApiError)."),
        servers = @Server(url = "/", description = "this server, whatever address it was reached at"),
        security = @SecurityRequirement(name = ApiDocs.BEARER))
@SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token issued by an admin (Users and tokens page), e.g. bng_…")
public class RestApplication extends Application {
    /** The contract records are written by {@code JsonContracts} (Jackson), never by the runtime's JSON-B. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonBinding", true);
    }
}
