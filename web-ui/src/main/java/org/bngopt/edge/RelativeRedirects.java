package org.bngopt.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.net.URI;

/**
 * Every redirect the application sends names a path, never a URL: the container would otherwise build
 * one from the request's {@code Host} header, which the caller chooses, and so send people to another
 * site. Browsers resolve a path against the address they asked, proxies and all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RelativeRedirects extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) {
                setStatus(SC_FOUND);
                setHeader("Location", pathOf(location));
            }

            @Override
            public void sendRedirect(String location, boolean clearBuffer) {
                sendRedirect(location);
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) {
                setStatus(status);
                setHeader("Location", pathOf(location));
            }
        });
    }

    /** The path, query and fragment of an absolute URL; anything else as it is. */
    static String pathOf(String location) {
        URI uri = URI.create(location);
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return location;
        }
        return (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
