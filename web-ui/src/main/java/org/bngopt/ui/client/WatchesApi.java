package org.bngopt.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.contract.NotificationList;
import org.bngopt.contract.WatchBody;
import org.bngopt.contract.WatchView;

import java.util.List;

/** {@code /api/watches} and {@code /api/notifications} as the pages use them. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WatchesApi {
    @GET
    @Path("watches")
    List<WatchView> watches();

    @POST
    @Path("watches")
    WatchView create(WatchBody body);

    @PATCH
    @Path("watches/{id}")
    WatchView change(@PathParam("id") long id, WatchBody body);

    @DELETE
    @Path("watches/{id}")
    void delete(@PathParam("id") long id);

    @GET
    @Path("notifications")
    NotificationList notifications(@QueryParam("unread") boolean unreadOnly);

    @POST
    @Path("notifications/{id}/read")
    void read(@PathParam("id") long id);

    @POST
    @Path("notifications/read")
    void readAll();
}
