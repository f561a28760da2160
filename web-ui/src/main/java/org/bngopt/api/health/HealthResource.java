package org.bngopt.api.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bngopt.health.boundary.Health;
import org.bngopt.health.boundary.HealthReport;

/** {@code GET /api/health}: 200 when the database and Redis are both up, else 503 naming what is down. */
@Path("health")
@RequestScoped
public class HealthResource {

    @Inject
    Health health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response check() {
        HealthReport report = health.check();
        JsonObject body = Json.createObjectBuilder()
                .add("status", report.status())
                .add("database", HealthReport.upOrDown(report.databaseUp()))
                .add("redis", HealthReport.upOrDown(report.redisUp()))
                .build();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.ok() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .cacheControl(noStore)
                .build();
    }
}
