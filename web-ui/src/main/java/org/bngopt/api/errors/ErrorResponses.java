package org.bngopt.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bngopt.api.ApiJson;
import org.bngopt.api.reference.UploadProblemsException;
import org.bngopt.reference.ReferenceProblem;
import org.bngopt.infrastructure.database.DataAccessException;
import org.bngopt.infrastructure.database.DatabaseNotReadyException;
import org.bngopt.jobs.boundary.QueueFullException;
import org.bngopt.jobs.control.JobStoreException;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.quote.QuoteJson;
import org.bngopt.reference.boundary.ReferenceDataUnavailableException;
import org.redisson.client.RedisException;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into a JSON answer: validation into the §13 400 body, an unavailable service into
 * 503 with Retry-After, anything else into a 500 with an incident id that is also logged with the
 * stack trace, which stays in the log and never reaches the caller.
 */
public final class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    private ErrorResponses() {
    }

    public static Response of(Throwable failure) {
        Throwable error = failure;
        if (error instanceof InvalidRequestException invalid) {
            return json(400, QuoteJson.compact(QuoteJson.ValidationErrorBody.of(invalid.errors())));
        }
        if (error instanceof InvalidFieldException invalid) {
            return badField(invalid.field(), invalid.getMessage());
        }
        if (error instanceof UploadProblemsException upload) {
            return uploadProblems(upload);
        }
        if (error instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (error instanceof QueueFullException full) {
            return unavailable(full.getMessage());
        }
        if (error instanceof RedisException) {
            return unavailable("Redis is unavailable; try again shortly");
        }
        if (error instanceof JobStoreException || error instanceof DataAccessException || error instanceof DatabaseNotReadyException
                || error instanceof ReferenceDataUnavailableException) {
            return unavailable("the database is unavailable; try again shortly");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, error);
        return json(500, ApiJson.write(ApiJson.object().put("status", 500).put("error", "INTERNAL_ERROR")
                .put("message", "unexpected error; quote incident " + incident)));
    }

    public static Response badField(String field, String reason) {
        return json(400, QuoteJson.compact(QuoteJson.ValidationErrorBody.of(List.of(new FieldError(field, reason)))));
    }

    /** Every problem of an uploaded set, by sheet and row (or file and line), and that nothing changed. */
    private static Response uploadProblems(UploadProblemsException upload) {
        ObjectNode body = ApiJson.object().put("status", 400).put("error", "INVALID_REFERENCE_DATA")
                .put("message", upload.problems().size() + " problem(s) found; nothing was changed");
        ArrayNode problems = body.putArray("problems");
        for (ReferenceProblem problem : upload.problems()) {
            String table = upload.format().tableName(problem.table());
            String where = problem.line() > 0 ? table + " " + upload.format().lineName() + " " + problem.line() : table;
            problems.addObject().put("table", table).put("row", problem.line()).put("message", problem.message())
                    .put("text", where + ": " + problem.message());
        }
        return json(400, ApiJson.write(body));
    }

    public static Response notFound(String what) {
        return json(404, ApiJson.write(ApiJson.object().put("status", 404).put("error", "NOT_FOUND").put("message", what)));
    }

    public static Response payloadTooLarge(int maxBytes) {
        return json(413, ApiJson.write(ApiJson.object().put("status", 413).put("error", "PAYLOAD_TOO_LARGE")
                .put("message", "the request body is larger than " + maxBytes + " bytes")));
    }

    public static Response tooManyRequests(long retryAfterSeconds) {
        return Response.status(429).type(MediaType.APPLICATION_JSON).header("Retry-After", retryAfterSeconds)
                .entity(ApiJson.write(ApiJson.object().put("status", 429).put("error", "TOO_MANY_REQUESTS")
                        .put("message", "too many submissions from this client; try again in " + retryAfterSeconds + " s")))
                .build();
    }

    private static Response unavailable(String message) {
        return Response.status(503).type(MediaType.APPLICATION_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(ApiJson.write(ApiJson.object().put("status", 503).put("error", "SERVICE_UNAVAILABLE").put("message", message)))
                .build();
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
