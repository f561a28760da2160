package org.bngopt.api.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.bngopt.jobs.boundary.Jobs;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code DELETE /api/cache}: empties the result cache (admins only, see web.xml). */
@Path("cache")
@RequestScoped
public class CacheResource {

    @Inject
    Jobs jobs;

    @DELETE
    @Operation(summary = "Empty the result cache; changed reference data never needs it, the version is in the key")
    public Response clear() {
        jobs.clearCache();
        return Response.noContent().build();
    }
}
