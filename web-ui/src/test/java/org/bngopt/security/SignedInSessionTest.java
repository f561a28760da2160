package org.bngopt.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bngopt.accounts.entity.Identity;
import org.bngopt.accounts.entity.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A session ends at its absolute lifetime and when the user's password changes; the URL never names one. */
class SignedInSessionTest {
    private static final OffsetDateTime SET = OffsetDateTime.parse("2026-12-01T09:00:00Z");
    private final Map<String, Object> attributes = new HashMap<>();
    private boolean idFromUrl;

    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> null;
            });
    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getSession" -> session;
                case "isRequestedSessionIdFromURL" -> idFromUrl;
                case "changeSessionId" -> "new-id";
                default -> null;
            });

    @Test
    void aSessionLastsUntilItsLifetime() throws InterruptedException {
        SignedInSession.start(request, ann(SET));

        assertThat(SignedInSession.user(request)).isEqualTo("ann");
        assertThat(SignedInSession.ended(request, ann(SET), Duration.ofHours(12))).isFalse();
        Thread.sleep(5);
        assertThat(SignedInSession.ended(request, ann(SET), Duration.ofMillis(1))).isTrue();
    }

    @Test
    void aPasswordChangeEndsItUnlessThisSessionMadeIt() {
        SignedInSession.start(request, ann(SET));
        Identity changed = ann(SET.plusHours(1));

        assertThat(SignedInSession.ended(request, changed, Duration.ofHours(12))).isTrue();
        SignedInSession.keepAfterOwnPasswordChange(request, changed);
        assertThat(SignedInSession.ended(request, changed, Duration.ofHours(12))).isFalse();
    }

    @Test
    void aSessionIdFromTheUrlNamesNobody() {
        SignedInSession.start(request, ann(SET));
        idFromUrl = true;

        assertThat(SignedInSession.user(request)).isNull();
    }

    private static Identity ann(OffsetDateTime credentialsChangedAt) {
        return new Identity("ann", Role.QUOTER, credentialsChangedAt);
    }
}
