package org.bngopt.api.metric;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.MetricAnswer;
import org.bngopt.edge.RateLimited;
import org.bngopt.errors.ErrorResponses;
import org.bngopt.metric.MetricDemand;
import org.bngopt.metric.MetricImport;
import org.bngopt.metric.MetricReader;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.rules.Catalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/metric}: a statutory biodiversity metric workbook (the body, or the multipart field
 * {@code file}) read into the demand it leaves for a quote. Reading a real metric takes a fraction of a
 * second and some tens of MiB, so an instance reads at most {@value #AT_ONCE} at a time.
 */
@Path("metric")
@RequestScoped
public class MetricResource {
    static final int AT_ONCE = 2;
    private static final Semaphore READERS = new Semaphore(AT_ONCE);

    @Inject
    ReferenceSnapshots snapshots;

    @Context
    HttpHeaders headers;

    @POST
    @RateLimited
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a statutory metric workbook (.xlsx or .xlsm, up to 16 MiB) into demand lines",
            description = "The body is the workbook, or a multipart/form-data body with the field 'file'. 200: lines per"
                    + " ledger, baselines, remaining surplus, on-site transfers and warnings as metric-import.md says, and"
                    + " 'demand': the lines checked against the current catalogue with the SUO-eligible surplus. 400 names"
                    + " the sheet when the workbook cannot be used; 413 over 16 MiB; 503 while the instance is busy reading others.")
    @APIResponse(responseCode = "200", description = "read", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MetricAnswer.class)))
    @APIResponse(responseCode = "400", description = "not a usable metric; the message names the sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response read(byte[] body) throws InterruptedException {
        byte[] workbook = Multipart.is(headers.getMediaType()) ? Multipart.field(body, headers.getMediaType(), "file") : body;
        if (workbook == null || workbook.length == 0) {
            return ErrorResponses.badField("file", "send the workbook as the request body, or as the multipart field 'file'");
        }
        if (!READERS.tryAcquire(10, TimeUnit.SECONDS)) {
            return ErrorResponses.json(ApiError.of(503, "SERVICE_UNAVAILABLE", "busy reading other workbooks; try again shortly"));
        }
        MetricImport metric;
        try {
            metric = MetricReader.read(workbook);
        } finally {
            READERS.release();
        }
        if (!metric.ok()) {
            return ErrorResponses.json(ApiError.of(400, "INVALID_WORKBOOK", metric.error()));
        }
        return Response.ok(MetricAnswer.of(metric, MetricDemand.of(metric, new Catalogue(snapshots.current())))).build();
    }
}
