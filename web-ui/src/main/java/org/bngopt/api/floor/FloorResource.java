package org.bngopt.api.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/floor}: a constant 2 KB JSON answer that does no work at all. Benchmarks measure it
 * in the same instance and run as the cache-hit path, so results compare as ratios on a noisy machine.
 */
@Path("floor")
@ApplicationScoped
public class FloorResource {
    private static final String BODY = "{\"padding\":\"" + "x".repeat(2030) + "\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark baseline: a constant 2 KB JSON body")
    public String floor() {
        return BODY;
    }
}
