package org.bngopt.api.watches;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.contract.NotificationList;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.api.Parameters;
import org.bngopt.watches.boundary.Notifications;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/notifications}: the caller's notifications from their watches. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {
    @Inject
    Notifications notifications;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "The caller's notifications, newest first (at most 100), and how many are unread; unread=true for those only")
    public NotificationList mine(@QueryParam("unread") String unread) {
        String owner = owner();
        return new NotificationList(notifications.unread(owner), notifications.of(owner, "true".equals(unread)).stream()
                .map(item -> new NotificationList.Item(item.id(), item.createdAt().toString(), item.message(),
                        item.jobId() == null ? null : item.jobId().toString(), item.watchId(), item.readAt() != null)).toList());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    public Response read(@PathParam("id") String id) {
        return notifications.read(owner(), Parameters.number("id", id)) == 1 ? Response.noContent().build()
                : ErrorResponses.notFound("no notification " + id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all the caller's notifications read")
    public Response readAll() {
        notifications.read(owner(), null);
        return Response.noContent().build();
    }

    private String owner() {
        return caller.getUserPrincipal().getName();
    }
}
