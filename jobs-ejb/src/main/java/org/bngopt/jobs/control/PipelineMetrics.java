package org.bngopt.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bngopt.jobs.entity.JobStatus;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The pipeline's metrics at {@code /metrics} (MicroProfile Metrics, Prometheus text): queue depth,
 * pending and dead-letter counts, jobs by status, cache hits and misses, and solve times. A gauge whose
 * service is down reports NaN rather than failing the scrape.
 */
@ApplicationScoped
public class PipelineMetrics {
    @Inject
    MetricRegistry registry;

    @Inject
    JobQueue queue;

    @Inject
    JobStore store;

    private Counter cacheHits;
    private Counter cacheMisses;
    private Histogram solveMillis;

    /** Creates the bean, and so registers the gauges, when the application starts rather than on first use. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // registration happens in register()
    }

    @PostConstruct
    void register() {
        cacheHits = registry.counter("bng_cache_hits");
        cacheMisses = registry.counter("bng_cache_misses");
        solveMillis = registry.histogram("bng_solve_milliseconds");
        registry.gauge("bng_queue_depth", orNaN(queue::depth));
        registry.gauge("bng_queue_pending", orNaN(queue::pending));
        registry.gauge("bng_queue_dead_letters", orNaN(queue::deadLetters));
        for (JobStatus status : JobStatus.values()) {
            registry.gauge("bng_jobs", orNaN(() -> store.countByStatus(status)), new Tag("status", status.code()));
        }
    }

    public void cacheHit() {
        cacheHits.inc();
    }

    public void cacheMiss() {
        cacheMisses.inc();
    }

    public void solved(Duration time) {
        solveMillis.update(time.toMillis());
    }

    private static Supplier<Double> orNaN(Supplier<Long> reading) {
        return () -> {
            try {
                return reading.get().doubleValue();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        };
    }
}
