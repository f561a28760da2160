package org.bngopt.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bngopt.contract.ApiError;
import org.bngopt.errors.ContainerErrors;
import org.bngopt.errors.ErrorResponses;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a caller without a usable identity is told: under {@code /api} a JSON error with the bearer
 * challenge; on a page a redirect to sign in that brings the person back afterwards (for an Ajax update,
 * a redirect the page itself follows).
 */
final class Refusals {
    private Refusals() {
    }

    static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context, String message) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"bngopt\"");
            return refuse(response, 401, "UNAUTHORIZED", message);
        }
        String wanted = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String signIn = request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax update from a page whose session timed out: the page itself must go to sign in.
            return partialRedirect(response, signIn);
        }
        // A path, not a URL built from the Host header, which the caller chooses.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", signIn);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static AuthenticationStatus refuse(HttpServletResponse response, int status, String error, String message) {
        ErrorResponses.write(response, ApiError.of(status, error, message));
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return ContainerErrors.isApi(request.getRequestURI().substring(request.getContextPath().length()));
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
}
