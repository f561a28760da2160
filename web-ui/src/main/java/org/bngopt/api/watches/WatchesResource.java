package org.bngopt.api.watches;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.accounts.entity.Role;
import org.bngopt.api.JsonBody;
import org.bngopt.api.Parameters;
import org.bngopt.api.parties.PartyBodies;
import org.bngopt.contract.WatchView;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.json.JsonFields;
import org.bngopt.watch.WatchCondition;
import org.bngopt.watches.boundary.Watches;
import org.bngopt.watches.entity.Watch;
import org.bngopt.watches.entity.WatchDetails;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/watches}: requests watched until all their units can be met or they cost less than a figure.
 * A quoter sees and changes their own; admins all.
 */
@Path("watches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WatchesResource {
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000000000");

    @Inject
    Watches watches;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "The caller's watches (every watch for an admin), oldest first")
    public List<WatchView> all() {
        return watches.list(who()).stream().map(WatchesResource::view).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Watch the request of a finished job: {jobId, name, condition: ALL_MET | COST_BELOW, threshold"
            + " (COST_BELOW only, before VAT), email?}", description = "Re-optimised through the job queue at every new"
            + " reference-data version; when the condition newly holds the owner is notified (and e-mailed, with an email)")
    public Response create(String body) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        UUID jobId = fields.jobId("jobId", true);
        WatchDetails details = details(fields, true);
        fields.check();
        return Response.status(201).entity(view(watches.create(jobId, details, who()))).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Change a watch: any of name, condition (with threshold for COST_BELOW), threshold, email, active"
            + " (false pauses it)")
    public Response change(@PathParam("id") String id, String body) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        WatchDetails details = details(fields, false);
        fields.check();
        return watches.change(Parameters.number("id", id), details, who()).map(watch -> Response.ok(view(watch)).build())
                .orElseGet(() -> ErrorResponses.notFound("no watch " + id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a watch; its notifications stay")
    public Response delete(@PathParam("id") String id) {
        return watches.delete(Parameters.number("id", id), who()) ? Response.noContent().build() : ErrorResponses.notFound("no watch " + id);
    }

    private static WatchDetails details(JsonFields fields, boolean isNew) {
        String name = fields.text("name", isNew, 200);
        String code = fields.text("condition", isNew, 20);
        WatchCondition condition = code == null ? null : Arrays.stream(WatchCondition.values())
                .filter(value -> value.name().equals(code)).findFirst().orElse(null);
        if (code != null && condition == null) {
            fields.problem("condition", "must be ALL_MET or COST_BELOW");
        }
        BigDecimal threshold = fields.has("threshold") ? fields.number("threshold", true, BigDecimal.ZERO, true, MAX_THRESHOLD) : null;
        if (condition == WatchCondition.COST_BELOW && threshold == null && !fields.has("threshold")) {
            fields.problem("threshold", "is required for COST_BELOW");
        }
        String email = PartyBodies.email(fields, "email");
        Boolean active = fields.has("active") ? fields.bool("active") : null;
        return new WatchDetails(name, condition, condition == WatchCondition.ALL_MET ? null : threshold, email, active);
    }

    private Caller who() {
        return new Caller(caller.getUserPrincipal().getName(), caller.isUserInRole(Role.ADMIN_NAME));
    }

    static WatchView view(Watch watch) {
        return new WatchView(watch.id(), watch.owner(), watch.name(), watch.condition().name(), watch.threshold(), watch.email(),
                watch.active(), watch.met(), watch.lastJobId() == null ? null : watch.lastJobId().toString(), watch.evaluatedVersion(),
                watch.pendingJobId() != null, watch.createdAt().toString());
    }
}
