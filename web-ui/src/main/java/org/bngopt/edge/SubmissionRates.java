package org.bngopt.edge;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The submission rate of each client on this instance: {@code RATE_LIMIT_JOBS_PER_MINUTE} per client
 * (0 turns the limit off), with a burst of as many, and {@code RATE_LIMIT_EXEMPT_CLIENTS} (user names
 * or {@code token:name}, comma-separated) never limited.
 */
@ApplicationScoped
public class SubmissionRates {
    @Inject
    @ConfigProperty(name = "RATE_LIMIT_JOBS_PER_MINUTE", defaultValue = "600")
    int perMinute;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_EXEMPT_CLIENTS")
    Optional<String> exempt;

    private TokenBuckets buckets;
    private Set<String> exemptClients;

    @PostConstruct
    void start() {
        buckets = new TokenBuckets(perMinute, System::nanoTime);
        exemptClients = Arrays.stream(exempt.orElse("").split(",")).map(String::trim).filter(client -> !client.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Takes one submission from the client's allowance: 0 when it may go ahead, else whole seconds to wait. */
    long secondsToWait(String client) {
        return perMinute <= 0 || exemptClients.contains(client) ? 0 : buckets.take(client);
    }
}
