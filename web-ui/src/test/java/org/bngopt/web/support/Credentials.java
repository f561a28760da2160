package org.bngopt.web.support;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The credentials every test instance starts with (the failsafe environment, inherited by the
 * instances): the initial admin's password and the provisioned API token.
 */
public final class Credentials {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = required("ADMIN_PASSWORD");
    public static final String API_TOKEN = required("BOOTSTRAP_API_TOKEN");

    private Credentials() {
    }

    /** A request carrying the API token, as machine clients send it. */
    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + API_TOKEN);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set for the integration tests (see web-ui/pom.xml)");
        }
        return value;
    }
}
