package org.bngopt.edge;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every answer, pages and API alike. PrimeFaces writes inline scripts and event
 * handlers (and evaluates some), so scripts and styles allow 'unsafe-inline' and scripts 'unsafe-eval';
 * everything else comes from this origin only, and no other site may frame the pages. They are set by
 * the authentication mechanism, which runs first on every request, so that refusals (401, 403, the
 * redirect to sign in) carry them too; a servlet filter would run only after authorisation.
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
