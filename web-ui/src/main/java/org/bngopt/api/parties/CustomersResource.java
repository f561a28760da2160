package org.bngopt.api.parties;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.api.JsonBody;
import org.bngopt.api.Parameters;
import org.bngopt.api.quotes.QuoteViews;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.CustomerView;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.json.JsonFields;
import org.bngopt.parties.boundary.Customers;
import org.bngopt.parties.entity.CustomerDetails;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** {@code /api/customers}: the broker's clients, which quoters and admins manage together. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {
    @Inject
    Customers customers;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Customers whose name, company or e-mail contains q (all when blank), by name; at most 200")
    public List<CustomerView> search(@QueryParam("q") String text) {
        return customers.search(Parameters.text("q", text)).stream().map(QuoteViews::customer).toList();
    }

    @GET
    @Path("same")
    @Operation(summary = "The customers who are the same as one with this e-mail or phone (quotes.md Q1)")
    public List<CustomerView> same(@QueryParam("email") String email, @QueryParam("phone") String phone) {
        return customers.sameAs(Parameters.text("email", email), Parameters.text("phone", phone)).stream()
                .map(QuoteViews::customer).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer")
    @APIResponse(responseCode = "404", description = "no such customer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response customer(@PathParam("id") String id) {
        long number = Parameters.number("id", id);
        return customers.find(number).map(found -> Response.ok(QuoteViews.customer(found)).build())
                .orElseGet(() -> ErrorResponses.notFound("no customer " + id));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create a customer: {name, company?, email?, phone?, address?}")
    @APIResponse(responseCode = "201", description = "created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_CUSTOMER: the same e-mail or phone as a customer who exists,"
            + " whose id the message gives", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response create(String body) {
        CustomerView created = QuoteViews.customer(customers.create(details(body), by()));
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Change a customer's details: {name, company?, email?, phone?, address?}")
    public Response update(@PathParam("id") String id, String body) {
        long number = Parameters.number("id", id);
        return customers.update(number, details(body), by()).map(found -> Response.ok(QuoteViews.customer(found)).build())
                .orElseGet(() -> ErrorResponses.notFound("no customer " + id));
    }

    private static CustomerDetails details(String body) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        CustomerDetails details = PartyBodies.customer(fields);
        fields.check();
        return details;
    }

    private String by() {
        return caller.getUserPrincipal().getName();
    }
}
