package org.bngopt.edge;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.bngopt.api.errors.ErrorResponses;

/**
 * Answers 429 with Retry-After when a client submits faster than its rate allows. The client is the
 * caller's address; exempt clients (for load tests measuring the service) are never limited.
 */
@Provider
@RateLimited
public class SubmissionRateLimit implements ContainerRequestFilter {
    @Inject
    SubmissionRates rates;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        long waitSeconds = rates.secondsToWait(http.getRemoteAddr());
        if (waitSeconds > 0) {
            request.abortWith(ErrorResponses.tooManyRequests(waitSeconds));
        }
    }
}
