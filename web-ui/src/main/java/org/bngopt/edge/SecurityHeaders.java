package org.bngopt.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every answer, pages and API alike. Nothing may be evaluated ('unsafe-eval' is not
 * allowed); PrimeFaces runs in its CSP mode ({@code primefaces.CSP} in web.xml), which adds a second
 * policy to each page that lets only its scripts with the page's nonce run, so the 'unsafe-inline' here
 * admits no injected script. Everything else comes from this origin only, and no other site may frame
 * the pages. No answer but a static resource may be stored by a browser or proxy: after signing out,
 * Back shows nothing, and a token's secret is never kept. The headers are set by the authentication
 * mechanism, which runs first on every request, so that refusals (401, 403, the redirect to sign in)
 * carry them too; a servlet filter would run only after authorisation.
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + STATIC_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
