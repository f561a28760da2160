package org.bngopt.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health view of {@link Health}. Readiness goes DOWN while the database or Redis is down,
 * so a load balancer stops sending traffic. Liveness reports the same two states as data but stays UP:
 * the instance heals itself when the services return, and a restart would not help.
 */
@ApplicationScoped
public class HealthChecks {

    @Inject
    Health health;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> HealthCheckResponse.named("database").status(health.databaseUp()).build();
    }

    @Produces
    @Readiness
    HealthCheck redis() {
        return () -> HealthCheckResponse.named("redis").status(health.redisUp()).build();
    }

    @Produces
    @Liveness
    HealthCheck instance() {
        return () -> {
            HealthReport report = health.check();
            return HealthCheckResponse.named("instance").up()
                    .withData("database", HealthReport.upOrDown(report.databaseUp()))
                    .withData("redis", HealthReport.upOrDown(report.redisUp()))
                    .build();
        };
    }
}
