package org.bngopt.api.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/floor}: a constant 2 KB JSON answer that does no work at all. Benchmarks measure it
 * in the same instance and run as the cache-hit path, so results compare as ratios on a noisy machine.
 * It exists only where {@code BENCHMARK_ENDPOINTS=true} (the benchmarks and the test deployment);
 * elsewhere it is a 404 like any unknown path.
 */
@Path("floor")
@ApplicationScoped
public class FloorResource {
    private static final String BODY = "{\"padding\":\"" + "x".repeat(2030) + "\"}";

    @Inject
    @ConfigProperty(name = "BENCHMARK_ENDPOINTS", defaultValue = "false")
    boolean enabled;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String floor() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return BODY;
    }
}
