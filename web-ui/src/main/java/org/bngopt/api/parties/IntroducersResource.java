package org.bngopt.api.parties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.bngopt.contract.IntroducerView;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.json.JsonFields;
import org.bngopt.parties.boundary.Introducers;
import org.bngopt.parties.entity.Introducer;
import org.bngopt.parties.entity.IntroducerDetails;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** {@code /api/introducers}: everyone may read them to choose one; only admins change them. */
@Path("introducers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntroducersResource {
    @Inject
    Introducers introducers;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Every introducer, by name, active or not")
    public List<IntroducerView> all() {
        return introducers.all().stream().map(IntroducersResource::view).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create an introducer (admins): {name, discountType: NONE|PERCENTAGE|TIER_UP, discountValue"
            + " (0-100, PERCENTAGE only), email?, active?}")
    public Response create(String body) {
        return Response.status(201).entity(view(introducers.create(details(body), by()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change an introducer (admins), as for creating one")
    public Response update(@PathParam("id") String id, String body) {
        return introducers.update(Parameters.number("id", id), details(body), by()).map(found -> Response.ok(view(found)).build())
                .orElseGet(() -> ErrorResponses.notFound("no introducer " + id));
    }

    private static IntroducerDetails details(String body) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        IntroducerDetails details = PartyBodies.introducer(fields);
        fields.check();
        return details;
    }

    private String by() {
        return caller.getUserPrincipal().getName();
    }

    static IntroducerView view(Introducer introducer) {
        return new IntroducerView(introducer.id(), introducer.name(), introducer.discountType().name(),
                introducer.discountValue(), introducer.email(), introducer.active());
    }
}
