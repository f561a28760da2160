package org.bngopt.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Where the container sends its own errors (web.xml's error page): a 403 of a security constraint, a
 * 404 or 405 outside JAX-RS, an exception that escaped. Under {@code /api} the answer is the API's JSON
 * error body, never HTML; a page gets the styled error page.
 */
@WebServlet("/failure")
public class ContainerErrors extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(request.getContextPath().length(), uri.toString().length()));
        if (isApi(path)) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            ErrorResponses.write(response, ErrorResponses.forStatus(status instanceof Integer code ? code : 500));
            return;
        }
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    /** Whether a path inside the application belongs to the machine interface, which answers JSON only. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/metrics") || path.startsWith("/openapi");
    }
}
