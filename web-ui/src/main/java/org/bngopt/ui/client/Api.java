package org.bngopt.ui.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.bngopt.contract.JsonContracts;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Builds the REST client for the API of the instance serving the page: the pages call the product
 * through its public contract, over loopback, never around it.
 */
@ApplicationScoped
public class Api {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One client per API interface, built on first use (the port is known only inside a request). */
    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

    public QuoteApi client() {
        return client(QuoteApi.class);
    }

    public QuotesApi quotes() {
        return client(QuotesApi.class);
    }

    public WatchesApi watches() {
        return client(WatchesApi.class);
    }

    public AdminApi admin() {
        return client(AdminApi.class);
    }

    private <T> T client(Class<T> api) {
        return api.cast(clients.computeIfAbsent(api, Api::build));
    }

    private static <T> T build(Class<T> api) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create("http://127.0.0.1:" + request.getLocalPort() + "/api"))
                .connectTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                // The contract records are read and written by JsonContracts (Jackson), never by JSON-B.
                .property("jersey.config.disableJsonBinding", true)
                .register(JsonContracts.class, 1)
                .register(ApiFailures.class)
                .register(SessionForwarding.class)
                .build(api);
    }
}
