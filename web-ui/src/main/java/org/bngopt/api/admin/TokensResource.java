package org.bngopt.api.admin;

import jakarta.annotation.security.RolesAllowed;
import org.bngopt.accounts.entity.Role;
import org.bngopt.contract.TokenView;
import org.bngopt.errors.ErrorResponses;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.accounts.boundary.Tokens;
import org.bngopt.accounts.entity.ApiToken;
import org.bngopt.api.JsonBody;
import org.bngopt.api.Parameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.bngopt.api.ApiDocs;
import org.bngopt.contract.NewToken;
import org.bngopt.contract.ApiError;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;

/** {@code /api/admin/tokens}: API tokens for machine clients (role {@code api}). */
@Path("admin/tokens")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {
    @Inject
    Tokens tokens;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Every token, without its secret")
    public List<TokenView> all() {
        OffsetDateTime now = OffsetDateTime.now();
        return tokens.all().stream().map(token -> view(token, now, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token: {name, expiresAt (ISO-8601, optional)}; the answer holds the secret, shown only this once")
    @APIResponse(responseCode = "201", description = "issued; the secret is in this answer only", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenView.class), examples = @ExampleObject(name = "example", value = ApiDocs.TOKEN)))
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    public Response issue(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewToken.class), examples = @ExampleObject(name = "example", value = ApiDocs.NEW_TOKEN))) String body) {
        JsonBody fields = JsonBody.of(body);
        OffsetDateTime expiresAt = Parameters.instant("expiresAt", fields.text("expiresAt", false));
        Tokens.Issued issued = tokens.issue(fields.text("name", true), expiresAt, caller.getUserPrincipal().getName());
        return Response.status(201).entity(view(issued.token(), OffsetDateTime.now(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token; every instance refuses it within seconds")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    public Response revoke(@PathParam("id") String id) {
        return tokens.revoke(Parameters.id(id), caller.getUserPrincipal().getName()) ? Response.noContent().build()
                : ErrorResponses.notFound("no active token " + id);
    }

    private static TokenView view(ApiToken token, OffsetDateTime now, String secret) {
        return new TokenView(token.id().toString(), token.name(), token.createdBy(), token.createdAt().toString(),
                token.expiresAt() == null ? null : token.expiresAt().toString(),
                token.revokedAt() == null ? null : token.revokedAt().toString(), token.activeAt(now), secret);
    }
}
