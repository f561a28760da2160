package org.bngopt.api.admin;

import jakarta.annotation.security.RolesAllowed;
import org.bngopt.accounts.entity.Role;
import org.bngopt.accounts.entity.AuditEntry;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.api.Parameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/admin/audit}: the latest audit entries. */
@Path("admin/audit")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "The latest audit entries, newest first: sign-ins, token use and every change")
    public List<AuditEntry> latest(@QueryParam("size") String size) {
        return audit.latest(Parameters.size(size, 100));
    }
}
