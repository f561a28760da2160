package org.bngopt.api.quotes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bngopt.accounts.entity.Role;
import org.bngopt.contract.MessageView;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.api.Parameters;
import org.bngopt.quotes.boundary.QuoteDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** {@code /api/admin/outbox}: the e-mails that have not gone out, kept whole (admins). */
@Path("admin/outbox")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxResource {
    @Inject
    QuoteDocuments documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Messages waiting in the outbox (no MAIL_SMTP_HOST) and those the mail server refused, newest first")
    public List<MessageView> outbox() {
        return documents.outbox().stream().map(QuoteViews::message).toList();
    }

    @GET
    @Path("{id}.eml")
    @Produces("message/rfc822")
    @Operation(summary = "One message as it was composed, to send by hand")
    public Response message(@PathParam("id") String id) {
        long number = Parameters.number("id", id);
        return documents.message(number).map(eml -> Response.ok(eml, "message/rfc822")
                        .header("Content-Disposition", "attachment; filename=\"message-" + number + ".eml\"").build())
                .orElseGet(() -> ErrorResponses.notFound("no message " + id));
    }
}
