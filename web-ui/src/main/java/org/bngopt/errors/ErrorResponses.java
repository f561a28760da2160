package org.bngopt.errors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.ApiException;
import org.bngopt.infrastructure.database.DataAccessException;
import org.bngopt.infrastructure.database.DatabaseNotReadyException;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.jobs.boundary.QueueFullException;
import org.bngopt.json.Json;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.reference.boundary.ReferenceDataUnavailableException;
import org.redisson.client.RedisException;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of error bodies ({@link ApiError}), for the resources, the security mechanism, the edge
 * filters and the container's own errors under {@code /api}: validation becomes the §13 400 body, an
 * unavailable service 503 with Retry-After, anything unexpected a 500 with an incident id that is logged
 * with the stack trace, which never reaches the caller.
 */
public final class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    private ErrorResponses() {
    }

    public static Response of(Throwable error) {
        if (error instanceof InvalidRequestException invalid) {
            return json(ApiError.validation(invalid.errors()));
        }
        if (error instanceof InvalidFieldException invalid) {
            return badField(invalid.field(), invalid.getMessage());
        }
        if (error instanceof ConflictException conflict) {
            return json(ApiError.of(409, conflict.code(), conflict.getMessage()));
        }
        if (error instanceof ApiException refusal) {
            return json(refusal.error());
        }
        if (error instanceof WebApplicationException web) {
            return web.getResponse().hasEntity() ? web.getResponse() : json(forStatus(web.getResponse().getStatus()));
        }
        if (error instanceof QueueFullException full) {
            return unavailable(full.getMessage());
        }
        if (error instanceof RedisException) {
            return unavailable("Redis is unavailable; try again shortly");
        }
        if (error instanceof DataAccessException || error instanceof DatabaseNotReadyException
                || error instanceof ReferenceDataUnavailableException) {
            return unavailable("the database is unavailable; try again shortly");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, error);
        return json(ApiError.of(500, "INTERNAL_ERROR", "unexpected error; quote incident " + incident));
    }

    /** The body for a bare status, as the container or the runtime gives it. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 401 -> ApiError.of(401, "UNAUTHORIZED", "sign in, or send an API token as Authorization: Bearer");
            case 403 -> ApiError.of(403, "FORBIDDEN", "your role may not do this");
            case 404 -> ApiError.of(404, "NOT_FOUND", "there is nothing at this address");
            case 405 -> ApiError.of(405, "METHOD_NOT_ALLOWED", "this address does not take that method");
            case 406 -> ApiError.of(406, "NOT_ACCEPTABLE", "this address answers JSON only");
            case 415 -> ApiError.of(415, "UNSUPPORTED_MEDIA_TYPE", "this address does not take that content type");
            default -> ApiError.of(status, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST", "the request failed");
        };
    }

    public static Response badField(String field, String reason) {
        return json(ApiError.validation(List.of(new FieldError(field, reason))));
    }

    public static Response notFound(String what) {
        return json(ApiError.of(404, "NOT_FOUND", what));
    }

    public static Response conflict(String what) {
        return json(ApiError.of(409, "CONFLICT", what));
    }

    public static Response payloadTooLarge(int maxBytes) {
        return json(ApiError.of(413, "PAYLOAD_TOO_LARGE", "the request body is larger than " + maxBytes + " bytes"));
    }

    public static Response tooManyRequests(long retryAfterSeconds) {
        return Response.fromResponse(json(ApiError.of(429, "TOO_MANY_REQUESTS",
                "too many submissions from this client; try again in " + retryAfterSeconds + " s")))
                .header("Retry-After", retryAfterSeconds).build();
    }

    private static Response unavailable(String message) {
        return Response.fromResponse(json(ApiError.of(503, "SERVICE_UNAVAILABLE", message)))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    public static Response json(ApiError body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON).entity(Json.compact(body)).build();
    }

    /** The same body written straight to a servlet response, for answers given outside JAX-RS. */
    public static void write(HttpServletResponse response, ApiError body) {
        try {
            response.setStatus(body.status());
            response.setContentType(MediaType.APPLICATION_JSON);
            response.setCharacterEncoding("UTF-8");
            if (body.status() == 503) {
                response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            }
            response.getWriter().write(Json.compact(body));
        } catch (IOException e) {
            // The caller has gone; the status is all there was to say.
        }
    }
}
