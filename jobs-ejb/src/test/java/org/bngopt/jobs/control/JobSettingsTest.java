package org.bngopt.jobs.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JobSettingsTest {

    private static JobSettings settings(long visibility, long solverLimit, int deliveries) {
        JobSettings settings = new JobSettings();
        settings.visibilityTimeoutSeconds = visibility;
        settings.solverTimeLimitSeconds = solverLimit;
        settings.maxDeliveries = deliveries;
        settings.workersPerInstance = Optional.empty();
        settings.instanceName = Optional.of(" ");
        return settings;
    }

    @Test
    void theVisibilityTimeoutNeverEndsBeforeTheSolverMayStillBeRunning() {
        assertThat(settings(120, 30, 3).visibilityTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings(10, 30, 3).visibilityTimeout()).isEqualTo(Duration.ofSeconds(35));
    }

    @Test
    void aJobIsDeliveredAtLeastOnce() {
        assertThat(settings(120, 30, 0).maxDeliveries()).isEqualTo(1);
        assertThat(settings(120, 30, 5).maxDeliveries()).isEqualTo(5);
    }

    @Test
    void aBlankInstanceNameFallsBackToTheProcess() {
        assertThat(settings(120, 30, 3).instance()).contains("@");
    }

    @Test
    void workersDefaultToTheCores() {
        assertThat(settings(120, 30, 3).workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
