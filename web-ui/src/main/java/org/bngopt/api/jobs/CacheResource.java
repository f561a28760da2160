package org.bngopt.api.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.accounts.entity.Role;
import org.bngopt.jobs.boundary.Jobs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.bngopt.contract.ApiError;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.MediaType;

/** {@code DELETE /api/cache}: empties the result cache (admins only), audited. */
@Path("cache")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class CacheResource {

    @Inject
    Jobs jobs;

    @Context
    SecurityContext caller;

    @DELETE
    @Operation(summary = "Empty the result cache (admins); changed reference data never needs it, the version is in the key")
    @APIResponse(responseCode = "204", description = "emptied")
    @APIResponse(responseCode = "403", description = "not an admin", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response clear() {
        jobs.clearCache(caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
