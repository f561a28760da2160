package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

/** The pipeline's configuration, from environment variables through MicroProfile Config. */
@ApplicationScoped
public class JobSettings {
    @Inject
    @ConfigProperty(name = "RESULT_TTL_SECONDS", defaultValue = "43200")
    long resultTtlSeconds;

    @Inject
    @ConfigProperty(name = "WORKERS_PER_INSTANCE")
    Optional<Integer> workersPerInstance;

    @Inject
    @ConfigProperty(name = "JOB_VISIBILITY_TIMEOUT_SECONDS", defaultValue = "120")
    long visibilityTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "JOB_MAX_DELIVERIES", defaultValue = "3")
    int maxDeliveries;

    @Inject
    @ConfigProperty(name = "SOLVER_TIME_LIMIT_SECONDS", defaultValue = "30")
    long solverTimeLimitSeconds;

    @Inject
    @ConfigProperty(name = "MAX_QUEUE_DEPTH", defaultValue = "10000")
    long maxQueueDepth;

    @Inject
    @ConfigProperty(name = "INSTANCE_NAME")
    Optional<String> instanceName;

    public Duration resultTtl() {
        return Duration.ofSeconds(resultTtlSeconds);
    }

    public int workers() {
        return workersPerInstance.orElse(Runtime.getRuntime().availableProcessors());
    }

    public Duration solverTimeLimit() {
        return Duration.ofSeconds(solverTimeLimitSeconds);
    }

    /** Always longer than the solver time limit, so a job still solving is never taken from its worker. */
    public Duration visibilityTimeout() {
        return Duration.ofSeconds(Math.max(visibilityTimeoutSeconds, solverTimeLimitSeconds + 5));
    }

    /** Jobs waiting in the stream beyond which a new job is refused (503) rather than queued. */
    public long maxQueueDepth() {
        return maxQueueDepth;
    }

    public int maxDeliveries() {
        return Math.max(1, maxDeliveries);
    }

    public String instance() {
        return instanceName.filter(name -> !name.isBlank()).orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }
}
