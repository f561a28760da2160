package org.bngopt.api.quotes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.bngopt.accounts.entity.Role;
import org.bngopt.api.Parameters;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.MessageView;
import org.bngopt.document.ClientDocument;
import org.bngopt.contract.QuotePage;
import org.bngopt.contract.QuoteView;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.parties.boundary.Customers;
import org.bngopt.quotes.QuoteAction;
import org.bngopt.quotes.boundary.QuoteDocuments;
import org.bngopt.quotes.boundary.QuoteTransitions;
import org.bngopt.quotes.boundary.Quotes;
import org.bngopt.quotes.control.QuoteStore;
import org.bngopt.quotes.entity.Quote;
import org.bngopt.quotes.entity.QuoteFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Optional;

/**
 * {@code /api/quotes}: quotes saved from results for customers, their life cycle and revisions
 * (quotes.md Q1–Q5). A quoter sees and changes the quotes they created; admins and API tokens all.
 */
@Path("quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuotesResource {
    private static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    Quotes quotes;

    @Inject
    QuoteTransitions transitions;

    @Inject
    Customers customers;

    @Inject
    QuoteDocuments documents;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Save a finished job's result as a draft quote",
            description = "{jobId, customerId | customer: {name, company, email, phone, address}, site: {location, postcode},"
                    + " introducerId?, notes?, manualLines?}. Without manualLines, felled-woodland lines are offered at"
                    + " FELLED_WOODLAND_PRICE. With an introducer, the job must have been priced with the introducer's"
                    + " promoter discount (admins and API clients may override; the override is audited)")
    @APIResponse(responseCode = "201", description = "the draft, with its new reference", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_CUSTOMER: the new customer has the e-mail or phone of one"
            + " who exists, whose id the message gives", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response create(@RequestBody(required = true) String body) {
        Quote quote = quotes.create(QuoteBodies.newQuote(body), who());
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(quote.reference()).build()).entity(view(quote)).build();
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A quote with its client, result, manual lines, totals, events, revisions and allowed actions")
    @APIResponse(responseCode = "200", description = "the quote", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "no such quote, or not this caller's", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response quote(@PathParam("reference") String reference) {
        return found(reference, quotes.find(reference, who()));
    }

    @PATCH
    @Path("{reference}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Change a draft: any of jobId (re-price), customerId or customer, site, introducerId (null removes"
            + " it), notes, manualLines", description = "409 once the quote is issued")
    @APIResponse(responseCode = "200", description = "the changed draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "409", description = "not a draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response change(@PathParam("reference") String reference, @RequestBody(required = true) String body) {
        return found(reference, quotes.change(reference, QuoteBodies.change(body), who()));
    }

    @POST
    @Path("{reference}/{action: issue|accept|decline|withdraw}")
    @Operation(summary = "Issue a draft (holds its stock), or accept (sells it), decline or withdraw (release it) an issued quote",
            description = "A transition not in the life cycle is refused with 409 and changes nothing; so is an acceptance"
                    + " when a pool no longer has the units (naming the bank and habitat) or after the valid-until date")
    @APIResponse(responseCode = "200", description = "the quote in its new status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "409", description = "TRANSITION_NOT_ALLOWED, INSUFFICIENT_STOCK, QUOTE_EXPIRED, NOT_OPTIMAL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response transition(@PathParam("reference") String reference, @PathParam("action") String action) {
        QuoteAction named = QuoteAction.named(action).orElseThrow(() -> new InvalidFieldException("action", "is not an action"));
        return found(reference, transitions.apply(reference, named, who()));
    }

    @POST
    @Path("{reference}/requote")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new revision of the quote from a new job: {jobId}",
            description = "The revision X.(n+1) of the quote's base X keeps its client, site, introducer, notes and manual lines")
    @APIResponse(responseCode = "201", description = "the revision, a draft", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    public Response requote(@PathParam("reference") String reference, @RequestBody(required = true) String body) {
        Optional<Quote> revision = quotes.requote(reference, QuoteBodies.requoteJob(body), who());
        if (revision.isEmpty()) {
            return ErrorResponses.notFound("no quote " + reference);
        }
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(revision.get().reference()).build())
                .entity(view(revision.get())).build();
    }

    @GET
    @Path("{reference}/document")
    @Operation(summary = "The client document (quotes.md Q6) as JSON: sections of rows with the shown (rounded) figures and"
            + " their text, subtotal (the sum of the shown costs), admin fee, total, dates, client, site, introducer")
    @APIResponse(responseCode = "200", description = "the document", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClientDocument.class)))
    public Response document(@PathParam("reference") String reference) {
        return documents.document(reference, who()).map(model -> Response.ok(model).build())
                .orElseGet(() -> ErrorResponses.notFound("no quote " + reference));
    }

    @GET
    @Path("{reference}/document.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The client document as an A4 PDF, the same bytes on every download of the same quote")
    public Response pdf(@PathParam("reference") String reference) {
        return documents.pdf(reference, who()).map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"" + reference + ".pdf\"").build())
                .orElseGet(() -> ErrorResponses.notFound("no quote " + reference));
    }

    @GET
    @Path("{reference}/email.eml")
    @Produces("message/rfc822")
    @Operation(summary = "The e-mail to the client (plain text, HTML and the PDF) as it would be sent",
            description = "409 NO_EMAIL when the client has no e-mail address")
    public Response email(@PathParam("reference") String reference) {
        return documents.email(reference, who()).map(eml -> Response.ok(eml, "message/rfc822")
                        .header("Content-Disposition", "attachment; filename=\"" + reference + ".eml\"").build())
                .orElseGet(() -> ErrorResponses.notFound("no quote " + reference));
    }

    @POST
    @Path("{reference}/send")
    @Operation(summary = "Send the document to the client: over SMTP with MAIL_SMTP_HOST, else into the outbox",
            description = "Answers the message with its status: SENT, OUTBOX, or FAILED with the server's reason (the message"
                    + " is kept either way). 409 NOT_ISSUED for a draft or a closed quote, NO_EMAIL without a client e-mail")
    @APIResponse(responseCode = "200", description = "the message and what became of it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    public Response send(@PathParam("reference") String reference) {
        return documents.send(reference, who()).map(message -> Response.ok(QuoteViews.message(message)).build())
                .orElseGet(() -> ErrorResponses.notFound("no quote " + reference));
    }

    @GET
    @Operation(summary = "Quotes, newest first, paged: the caller's own, or everyone's for admins and API clients",
            description = "reference matches from the start, client anywhere in the customer's name or company; lpa and nca"
                    + " exactly; from and to (YYYY-MM-DD) bound the day the quote was saved, both inclusive")
    public QuotePage search(@QueryParam("reference") String reference, @QueryParam("client") String client,
                            @QueryParam("status") String status, @QueryParam("lpa") String lpa, @QueryParam("nca") String nca,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("customerId") String customerId, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        int pageNumber = Parameters.page(page);
        int pageSize = Parameters.size(size, DEFAULT_PAGE_SIZE);
        QuoteFilter filter = QuoteFilters.of(reference, client, status, lpa, nca, from, to, customerId);
        QuoteStore.Page found = quotes.search(filter, pageNumber, pageSize, who());
        return new QuotePage(pageNumber, pageSize, found.total(), found.quotes().stream().map(QuoteViews::summary).toList());
    }

    private Response found(String reference, Optional<Quote> quote) {
        return quote.map(found -> Response.ok(view(found)).build())
                .orElseGet(() -> ErrorResponses.notFound("no quote " + reference));
    }

    private QuoteView view(Quote quote) {
        return QuoteViews.full(quote, customers.find(quote.customerId()).orElseThrow(), quotes.events(quote.reference()),
                quotes.family(quote), documents.messages(quote.reference()));
    }

    /** Admins and API clients (trusted internal systems) see every quote; a quoter their own. */
    private Caller who() {
        return new Caller(caller.getUserPrincipal().getName(), caller.isUserInRole(Role.ADMIN_NAME)
                || caller.isUserInRole(Role.API.code()));
    }
}
