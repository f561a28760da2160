package org.bngopt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.bngopt.accounts.boundary.Accounts;
import org.bngopt.accounts.boundary.Tokens;
import org.bngopt.accounts.entity.Identity;
import org.bngopt.edge.SecurityHeaders;
import org.bngopt.infrastructure.database.DataAccessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one authentication mechanism of the application, asked on every request:
 * <ul>
 *     <li>{@code Authorization: Bearer …} is an API token (machine clients);</li>
 *     <li>a user name and password come from the sign-in page, through {@code SecurityContext.authenticate};</li>
 *     <li>otherwise a session of a signed-in user, carried in a cookie (never a session id in the URL), is
 *     re-checked: a disabled user is signed out within seconds, and a session ends when the user's password
 *     changes and at an absolute lifetime. A session may call the API, as the pages do; its unsafe API calls must carry
 *     {@value #PAGES_HEADER}, which a forged cross-site form cannot send.</li>
 * </ul>
 * A protected path without an identity gets 401 on {@code /api} and a redirect to the sign-in page
 * elsewhere. Every check answers from memory for a few seconds, so Postgres stays off the cache-hit path.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {
    public static final String PAGES_HEADER = "X-Requested-By";
    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    FormSignIn form;

    @Inject
    ClientAddress clientAddress;

    /** The absolute lifetime of a signed-in session, however active. */
    @Inject
    @ConfigProperty(name = "SESSION_MAX_HOURS", defaultValue = "12")
    long sessionHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String secret = authorization.substring(BEARER.length()).trim();
            return verified(() -> tokens.verify(secret, clientAddress.of(request)), identity -> false, request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return form.signIn(password, request, context);
        }
        String username = SignedInSession.user(request);
        if (username != null) {
            if (Refusals.isApi(request) && !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(PAGES_HEADER) == null) {
                return Refusals.refuse(response, 403, "FORBIDDEN",
                        "a signed-in session's API call that changes something must carry " + PAGES_HEADER);
            }
            // A disabled or deleted user's session ends, and so does one too old or from before a password
            // change; a database outage leaves it alone.
            return verified(() -> accounts.identity(username), identity -> endSessionIf(request, identity),
                    request, response, context);
        }
        return Refusals.challenge(request, response, context, "sign in, or send an API token as Authorization: Bearer");
    }

    /** Ends the session when the user is gone (null identity), or the session too old or outdated; true when ended. */
    private boolean endSessionIf(HttpServletRequest request, Identity identity) {
        if (identity != null && !SignedInSession.ended(request, identity, sessionLifetime())) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return true;
    }

    private Duration sessionLifetime() {
        return Duration.ofHours(sessionHours);
    }

    /**
     * @param refused whether a found identity must still be refused (given null when there is none), ending what
     *                needs ending
     */
    private AuthenticationStatus verified(Supplier<Optional<Identity>> lookup, Predicate<Identity> refused,
                                          HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        Optional<Identity> identity;
        try {
            identity = lookup.get();
        } catch (DataAccessException e) {
            // Health checks and the sign-in page stay reachable, whatever credentials come with them.
            return context.isProtected()
                    ? Refusals.refuse(response, 503, "SERVICE_UNAVAILABLE", "the database is unavailable; try again shortly")
                    : context.doNothing();
        }
        if (refused.test(identity.orElse(null)) || identity.isEmpty()) {
            return Refusals.challenge(request, response, context, "the token or session is unknown, revoked or expired");
        }
        return context.notifyContainerAboutLogin(identity.get().name(), Set.of(identity.get().role().code()));
    }
}
