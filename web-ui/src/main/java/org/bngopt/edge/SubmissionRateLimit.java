package org.bngopt.edge;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.bngopt.errors.ErrorResponses;

/**
 * Answers 429 with Retry-After when a client submits faster than its rate allows. The client is the
 * signed-in user or the API token ({@code token:name}); exempt clients (for load tests measuring the
 * service) are never limited.
 */
@Provider
@RateLimited
public class SubmissionRateLimit implements ContainerRequestFilter {
    @Inject
    SubmissionRates rates;

    @Override
    public void filter(ContainerRequestContext request) {
        long waitSeconds = rates.secondsToWait(request.getSecurityContext().getUserPrincipal().getName());
        if (waitSeconds > 0) {
            request.abortWith(ErrorResponses.tooManyRequests(waitSeconds));
        }
    }
}
