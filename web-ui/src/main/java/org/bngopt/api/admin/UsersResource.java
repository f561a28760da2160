package org.bngopt.api.admin;

import jakarta.annotation.security.RolesAllowed;
import org.bngopt.accounts.entity.Role;
import org.bngopt.contract.NewUser;
import org.bngopt.contract.UserView;
import org.bngopt.errors.ErrorResponses;
import java.util.List;

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
import org.bngopt.accounts.boundary.Accounts;
import org.bngopt.accounts.entity.User;
import jakarta.servlet.http.HttpServletRequest;
import org.bngopt.api.JsonBody;
import org.bngopt.security.SignedInSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.bngopt.api.ApiDocs;
import org.bngopt.contract.Enabled;
import org.bngopt.contract.ApiError;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/admin/users}: the people who sign in. */
@Path("admin/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
    @Inject
    Accounts accounts;

    @Context
    SecurityContext caller;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Every user, without passwords")
    public List<UserView> all() {
        return accounts.all().stream().map(UsersResource::view).toList();
    }

    @POST
    @Operation(summary = "Create a user: {username, password, role: quoter|admin}",
            description = "The password has 12 to 200 characters, not blank or repetitive, not the user name and not a common password")
    @APIResponse(responseCode = "201", description = "created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserView.class), examples = @ExampleObject(name = "example", value = ApiDocs.USER)))
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewUser.class), examples = @ExampleObject(name = "example", value = ApiDocs.NEW_USER))) String body) {
        JsonBody fields = JsonBody.of(body);
        NewUser user = new NewUser(fields.text("username", true), fields.text("password", true), fields.text("role", true));
        User created = accounts.create(user.username(), user.password(), user.role(), by());
        return Response.status(201).entity(view(created)).build();
    }

    @PUT
    @Path("{username}/enabled")
    @Operation(summary = "Enable or disable a user: {enabled: true|false}; a disabled user is signed out within seconds")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    public Response enable(@PathParam("username") String username,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Enabled.class), examples = @ExampleObject(name = "example", value = ApiDocs.ENABLED))) String body) {
        boolean enabled = JsonBody.of(body).bool("enabled");
        return accounts.setEnabled(username, enabled, by()) ? Response.noContent().build()
                : ErrorResponses.notFound("no user " + username);
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Set a user's password: {password}; the user's other sessions end")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    public Response password(@PathParam("username") String username,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "example", value = ApiDocs.PASSWORD))) String body) {
        String password = JsonBody.of(body).text("password", true);
        if (!accounts.setPassword(username, password, by())) {
            return ErrorResponses.notFound("no user " + username);
        }
        // Every other session of the user has ended; the one that changed its own password stays.
        accounts.identity(username).ifPresent(identity -> SignedInSession.keepAfterOwnPasswordChange(request, identity));
        return Response.noContent().build();
    }

    private String by() {
        return caller.getUserPrincipal().getName();
    }

    private static UserView view(User user) {
        return new UserView(user.username(), user.role().code(), user.enabled(), user.createdAt().toString());
    }
}
