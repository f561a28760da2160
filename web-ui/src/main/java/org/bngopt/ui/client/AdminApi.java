package org.bngopt.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/admin} as the admin pages use it. */
@Produces(MediaType.APPLICATION_JSON)
public interface AdminApi {

    @GET
    @Path("admin/users")
    Response users();

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createUser(String user);

    @PUT
    @Path("admin/users/{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setEnabled(@PathParam("username") String username, String enabled);

    @GET
    @Path("admin/tokens")
    Response tokens();

    @POST
    @Path("admin/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    Response issueToken(String token);

    @DELETE
    @Path("admin/tokens/{id}")
    Response revokeToken(@PathParam("id") String id);

    @GET
    @Path("admin/audit")
    Response audit(@QueryParam("size") int size);

    @POST
    @Path("admin/reference/import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Response importSet(@QueryParam("confirm") boolean confirm, byte[] file);

    @PUT
    @Path("admin/reference/stock/{stockId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setStock(@PathParam("stockId") String stockId, String quantities);

    @PUT
    @Path("admin/reference/prices")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setPrice(String price);
}
