package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.OwnServices;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.SampleRequests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge of the service on a real instance: security headers on pages and API answers, request
 * bodies over 1 MiB refused with 413 (declared or streamed), a new job refused with 503 and Retry-After
 * past {@code MAX_QUEUE_DEPTH} waiting jobs, and a client submitting faster than
 * {@code RATE_LIMIT_JOBS_PER_MINUTE} answered 429 with Retry-After; and under overload, cached answers
 * that stay fast while new work is refused.
 */
class RequestLimitsIT {
    private static final OwnServices SERVICES = new OwnServices("bngopt_limits_it", 11);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void cleanUp() {
        SERVICES.drop();
    }

    @Test
    void headersBodyLimitAndRateLimit() throws Exception {
        try (PayaraMicroProcess app = SERVICES.startHealthy("request-limits", Map.of(
                "RATE_LIMIT_JOBS_PER_MINUTE", "3",
                // No workers, so a job stays queued: the second distinct one finds the queue full.
                "WORKERS_PER_INSTANCE", "0",
                "MAX_QUEUE_DEPTH", "1"))) {

            for (String path : new String[] {"/api/health", "/", "/quote.xhtml"}) {
                HttpResponse<String> answer = HTTP.send(Credentials.request(URI.create(app.baseUrl() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
                assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            }

            byte[] oversized = ("{\"demand\":[{\"habitat\":\"" + "x".repeat(1 << 20) + "\",\"units\":1}]}").getBytes();
            HttpResponse<String> declared = post(app, HttpRequest.BodyPublishers.ofByteArray(oversized));
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(declared.body()).contains("\"error\":\"PAYLOAD_TOO_LARGE\"").contains("1048576 bytes");
            HttpResponse<String> streamed = post(app, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)));
            assertThat(streamed.statusCode()).isEqualTo(413);
            assertThat(post(app, HttpRequest.BodyPublishers.ofString("{\"demand\":[")).statusCode()).isEqualTo(400);

            HttpResponse<String> queued = post(app, HttpRequest.BodyPublishers.ofString(
                    "{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":0.5}]}"));
            assertThat(queued.statusCode()).isEqualTo(202);
            HttpResponse<String> full = post(app, HttpRequest.BodyPublishers.ofString(
                    "{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":0.6}]}"));
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.headers().firstValue("Retry-After")).isPresent();
            assertThat(full.body()).contains("1 jobs are waiting; try again shortly");

            // The malformed request, the queued one and the refused one used the 3 allowed this minute.
            HttpResponse<String> limited = post(app, HttpRequest.BodyPublishers.ofString(
                    "{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":0.5}]}"));
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(limited.body()).contains("\"error\":\"TOO_MANY_REQUESTS\"");
            assertThat(HTTP.send(Credentials.request(URI.create(app.baseUrl() + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    /**
     * Fault 5: eight clients submit distinct 24-line jobs as fast as they can against one worker and a
     * queue of at most 5, while another asks for a cached answer. New work past the depth is refused
     * with 503, nothing else fails, every cached answer comes back 200 without waiting behind the work,
     * and the instance stays healthy.
     */
    @Test
    void underOverloadNewWorkIsRefusedAndCachedAnswersStayFast() throws Exception {
        try (PayaraMicroProcess app = SERVICES.startHealthy("overload", Map.of(
                "RATE_LIMIT_JOBS_PER_MINUTE", "0",
                "WORKERS_PER_INSTANCE", "1",
                "MAX_QUEUE_DEPTH", "5"))) {
            String cachedRequest = SampleRequests.distinct(0, 2);
            while (post(app, HttpRequest.BodyPublishers.ofString(cachedRequest)).statusCode() != 200) {
                Thread.sleep(100);
            }

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger job = new AtomicInteger(1);
            Map<Integer, AtomicInteger> newWork = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int client = 0; client < 8; client++) {
                clients.submit(() -> {
                    while (running.get()) {
                        int status = post(app, HttpRequest.BodyPublishers.ofString(SampleRequests.distinct(job.getAndIncrement(), 24)))
                                .statusCode();
                        newWork.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            List<Long> cachedMillis = new ArrayList<>();
            List<Integer> cachedStatuses = new ArrayList<>();
            Thread.sleep(2_000);
            for (int i = 0; i < 200; i++) {
                long started = System.nanoTime();
                cachedStatuses.add(post(app, HttpRequest.BodyPublishers.ofString(cachedRequest)).statusCode());
                cachedMillis.add((System.nanoTime() - started) / 1_000_000);
                Thread.sleep(20);
            }
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            Collections.sort(cachedMillis);
            long p50 = cachedMillis.get(cachedMillis.size() / 2);
            long p99 = cachedMillis.get(cachedMillis.size() * 99 / 100);
            System.out.printf("RequestLimitsIT overload: new work answered %s; 200 cached answers p50 %d ms, p99 %d ms%n",
                    newWork, p50, p99);
            assertThat(newWork.keySet()).as("new work is accepted or refused for depth, nothing else").containsOnly(202, 503);
            assertThat(newWork.get(503)).as("the queue filled and refused work").isNotNull();
            assertThat(cachedStatuses).containsOnly(200);
            assertThat(p99).as("cached answers do not wait behind the queued work").isLessThan(1_000);
            assertThat(app.get("/api/health").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> post(PayaraMicroProcess app, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(Credentials.request(URI.create(app.baseUrl() + "/api/jobs")).header("Content-Type", "application/json")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
