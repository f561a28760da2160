package org.bngopt.api.jobs;

import org.bngopt.contract.Accepted;
import org.bngopt.contract.JobPage;
import org.bngopt.errors.ErrorResponses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import org.bngopt.accounts.entity.Role;
import org.bngopt.api.Parameters;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.edge.RateLimited;
import org.bngopt.contract.ApiError;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.api.jobs.export.QuoteExports;
import org.bngopt.jobs.entity.Job;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.jobs.boundary.Jobs;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.unavailability.Statement;
import org.bngopt.unavailability.boundary.Unavailabilities;
import org.bngopt.jobs.control.JobStore;
import org.bngopt.jobs.entity.JobStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.bngopt.api.ApiDocs;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.bngopt.contract.JobView;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * {@code /api/jobs}: submit a quote request, follow and cancel jobs, and page through the history.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Jobs jobs;

    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    Unavailabilities unavailabilities;


    @Context
    UriInfo uri;

    @Context
    SecurityContext caller;

    @POST
    @RateLimited
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a quote request (rules.md §11)",
            description = "200 with the cached result, or 202 with the job to poll; 400 lists every validation error;"
                    + " 413 for a body over 1 MiB; 429 with Retry-After past the client's rate")
    @APIResponse(responseCode = "200", description = "answered from the cache: the job with its result", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JobView.class), examples = @ExampleObject(name = "example", value = ApiDocs.JOB)))
    @APIResponse(responseCode = "202", description = "queued: poll Location", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Accepted.class), examples = @ExampleObject(name = "example", value = ApiDocs.ACCEPTED)))
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    @APIResponse(responseCode = "413", description = "the body is over 1 MiB", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "over the caller's rate; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response submit(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteRequest.class), examples = @ExampleObject(name = "example", value = ApiDocs.QUOTE_REQUEST))) String body) {
        Jobs.Submission submission = jobs.submit(body == null ? "" : body, caller.getUserPrincipal().getName());
        return submission.cached() ? cached(submission) : accepted(uri.getBaseUri(), submission);
    }

    /** Written by hand: the cached result is already JSON, and this is the API's hottest answer. */
    private static Response cached(Jobs.Submission submission) {
        return Response.ok("{\"id\":\"" + submission.id() + "\",\"status\":\"finished\",\"cached\":true,\"result\":"
                + submission.resultJson() + "}").build();
    }

    private static Response accepted(URI base, Jobs.Submission submission) {
        return Response.accepted(new Accepted(submission.id().toString(), submission.status().code()))
                .location(base.resolve("jobs/" + submission.id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job's status, progress, timings and, when finished, its result",
            description = "Only for its submitter, a user who joined it, or an admin; 404 for anyone else. notices warn of"
                    + " a site LPA or NCA missing or not in the reference data, which makes every bank count as far by it")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JobView.class), examples = @ExampleObject(name = "example", value = ApiDocs.JOB)))
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    public Response job(@PathParam("id") String id,
                        @Parameter(description = "wait up to this many milliseconds (0 to 10,000) for the job to end, then"
                                + " answer; 0 (the default) answers at once") @QueryParam("waitMillis") String waitMillis) {
        return jobs.awaitEnd(Parameters.id(id), who(), Duration.ofMillis(Parameters.waitMillis(waitMillis)))
                .map(job -> Response.ok(JobViews.full(job, snapshots.current())).build())
                .orElseGet(() -> ErrorResponses.notFound("no job " + id));
    }

    @GET
    @Path("{id}/quote.{format: csv|xlsx|pdf}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "A finished job's quote as CSV, Excel or PDF: facts, totals (and unmet units), allocations and demand lines",
            description = "Numbers are numbers (money columns say GBP); text that a spreadsheet would run as a formula is"
                    + " prefixed with an apostrophe. 409 while the job has no result")
    @APIResponse(responseCode = "200", description = "the file, named after the quote", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "the job has no result yet", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response export(@PathParam("id") String id, @PathParam("format") String format) {
        Job job = jobs.find(Parameters.id(id), who()).orElse(null);
        if (job == null) {
            return ErrorResponses.notFound("no job " + id);
        }
        if (job.resultJson() == null) {
            return ErrorResponses.conflict("job " + id + " has no result to export");
        }
        return QuoteExports.of(id, job, format);
    }

    @GET
    @Path("{id}/unavailability")
    @Operation(summary = "Why a finished job's units are unmet: per unmet line, every bank that could legally supply it with"
            + " its tier, stock after the quotes-hold policy, price, and why it did not; and the cost as statutory credits",
            description = "Made on the first request, from the reference data of that moment, and the same on every later one."
                    + " 409 while the job runs or when it meets every line")
    @APIResponse(responseCode = "200", description = "the statement", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Statement.class)))
    public Response unavailability(@PathParam("id") String id) {
        return unavailabilities.statement(Parameters.id(id), who()).map(statement -> Response.ok(statement).build())
                .orElseGet(() -> ErrorResponses.notFound("no job " + id));
    }

    @GET
    @Path("{id}/unavailability.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The statement of unavailability as a dated PDF for the planning authority")
    public Response unavailabilityPdf(@PathParam("id") String id) {
        return unavailabilities.pdf(Parameters.id(id), who())
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"unavailability-" + id + ".pdf\"").build())
                .orElseGet(() -> ErrorResponses.notFound("no job " + id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a queued job, or a running one at its next step",
            description = "Only its submitter or an admin may; the submitter only while nobody who joined the job"
                    + " (by submitting the same request) still waits for it: 403 and 409 otherwise")
    @APIResponse(responseCode = "200", description = "cancelled: the job's summary", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "403", description = "not the submitter or an admin", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "already ended, or others wait for it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class)))
    public Response cancel(@PathParam("id") String id) {
        UUID jobId = Parameters.id(id);
        return switch (jobs.cancel(jobId, who())) {
            case CANCELLED -> Response.ok(JobViews.summary(jobs.find(jobId, who()).orElseThrow())).build();
            case ALREADY_FINAL -> ErrorResponses.conflict("job " + id + " has already ended");
            case OTHERS_WAITING -> ErrorResponses.conflict("others who asked for the same quote are waiting for job " + id
                    + "; it runs on for them");
            case NOT_SUBMITTER -> ErrorResponses.json(ApiError.of(403, "FORBIDDEN",
                    "only the user who submitted job " + id + ", or an admin, may cancel it"));
            case UNKNOWN -> ErrorResponses.notFound("no job " + id);
        };
    }

    /** The caller, for the rule of who may see and cancel a job. */
    private Caller who() {
        return new Caller(caller.getUserPrincipal().getName(), caller.isUserInRole(Role.ADMIN_NAME));
    }

    @GET
    @Operation(summary = "The job history, newest first, paged and filtered: the caller's own jobs, or everyone's for an admin")
    public JobPage history(@QueryParam("status") String status, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("lpa") String lpa, @QueryParam("nca") String nca,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        JobStatus wanted = status == null || status.isBlank() ? null : JobStatus.fromCode(status.trim())
                .orElseThrow(() -> new InvalidFieldException("status", "must be one of queued, started, finished, failed, cancelled"));
        int pageNumber = Parameters.page(page);
        int pageSize = Parameters.size(size, 50);
        JobStore.Page found = jobs.history(new JobStore.Filter(wanted, Parameters.instant("from", from),
                Parameters.instant("to", to), Parameters.text("lpa", lpa), Parameters.text("nca", nca),
                caller.isUserInRole(Role.ADMIN_NAME) ? null : caller.getUserPrincipal().getName()), pageNumber, pageSize);
        return new JobPage(pageNumber, pageSize, found.total(), found.jobs().stream().map(JobViews::listed).toList());
    }
}
