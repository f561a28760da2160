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
import org.bngopt.api.ApiJson;
import org.bngopt.edge.SecurityHeaders;
import org.bngopt.infrastructure.database.DataAccessException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one authentication mechanism of the application, asked on every request:
 * <ul>
 *     <li>{@code Authorization: Bearer …} is an API token (machine clients);</li>
 *     <li>a user name and password come from the sign-in page, through {@code SecurityContext.authenticate};</li>
 *     <li>otherwise a session of a signed-in user is re-checked (a disabled user is signed out within
 *     seconds). A session may call the API, as the pages do; its unsafe API calls must carry
 *     {@value #PAGES_HEADER}, which a forged cross-site form cannot send.</li>
 * </ul>
 * A protected path without an identity gets 401 on {@code /api} and a redirect to the sign-in page
 * elsewhere. Every check answers from memory for a few seconds, so Postgres stays off the cache-hit path.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {
    public static final String PAGES_HEADER = "X-Requested-By";
    static final String SESSION_USER = "org.bngopt.user";
    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(response);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String secret = authorization.substring(BEARER.length()).trim();
            return verified(() -> tokens.verify(secret), () -> { }, request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            if (isApi(request) && !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(PAGES_HEADER) == null) {
                return refuse(response, context, 403, "FORBIDDEN",
                        "a signed-in session's API call that changes something must carry " + PAGES_HEADER);
            }
            // A disabled or deleted user's session ends; a database outage leaves it alone.
            return verified(() -> accounts.identity(username), session::invalidate, request, response, context);
        }
        return challenge(request, response, context, "sign in, or send an API token as Authorization: Bearer");
    }

    private AuthenticationStatus verified(Supplier<Optional<Identity>> lookup, Runnable whenUnknown,
                                          HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        Optional<Identity> identity;
        try {
            identity = lookup.get();
        } catch (DataAccessException e) {
            // Health checks and the sign-in page stay reachable, whatever credentials come with them.
            return context.isProtected()
                    ? refuse(response, context, 503, "SERVICE_UNAVAILABLE", "the database is unavailable; try again shortly")
                    : context.doNothing();
        }
        if (identity.isEmpty()) {
            whenUnknown.run();
            return challenge(request, response, context, "the token or session is unknown, revoked or expired");
        }
        return context.notifyContainerAboutLogin(identity.get().name(), Set.of(identity.get().role().code()));
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        String username = credential.getCaller();
        String address = request.getRemoteAddr();
        if (throttle.secondsToWait(username, address) > 0) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Identity> identity = accounts.signIn(username, credential.getPasswordAsString(), address);
        if (identity.isEmpty()) {
            throttle.failed(username, address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username, address);
        request.getSession(true);
        // A new session id on sign-in, so one planted before it is worth nothing.
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, identity.get().name());
        return context.notifyContainerAboutLogin(identity.get().name(), Set.of(identity.get().role().code()));
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context, String message) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"bngopt\"");
            return refuse(response, context, 401, "UNAUTHORIZED", message);
        }
        String wanted = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String signIn = request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax update from a page whose session timed out: the page itself must go to sign in.
            return partialRedirect(response, signIn);
        }
        return context.redirect(signIn);
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            // The caller has gone.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, int status,
                                               String error, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            if (status == 503) {
                response.setHeader("Retry-After", "5");
            }
            response.getWriter().write(ApiJson.write(ApiJson.object().put("status", status).put("error", error)
                    .put("message", message)));
        } catch (IOException e) {
            // The caller has gone; the status is all there was to say.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/metrics") || path.startsWith("/openapi");
    }
}
