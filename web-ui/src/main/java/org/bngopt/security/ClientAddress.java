package org.bngopt.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address a request comes from. {@code X-Forwarded-For} is believed only when the connection comes
 * from one of {@code TRUSTED_PROXIES} (addresses or IPv4 ranges such as {@code 10.0.0.0/8}, comma
 * separated); then the client is the right-most hop that is not itself a trusted proxy. Anyone else
 * could write any address into that header, and so dodge the sign-in throttle or lock others out.
 */
@ApplicationScoped
public class ClientAddress {
    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES")
    Optional<String> trusted;

    private List<AddressRange> proxies = List.of();

    @PostConstruct
    void configure() {
        proxies = trusted.map(ClientAddress::ranges).orElse(List.of());
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
    }

    static List<AddressRange> ranges(String configured) {
        return Arrays.stream(configured.split(",")).map(String::strip).filter(range -> !range.isEmpty())
                .map(AddressRange::parse).toList();
    }

    static String resolve(String remote, String forwardedFor, List<AddressRange> proxies) {
        if (forwardedFor == null || !trusted(remote, proxies)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted(hop, proxies)) {
                return hop;
            }
        }
        return remote;
    }

    private static boolean trusted(String address, List<AddressRange> proxies) {
        return proxies.stream().anyMatch(range -> range.contains(address));
    }
}
