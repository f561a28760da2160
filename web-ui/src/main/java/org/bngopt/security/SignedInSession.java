package org.bngopt.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bngopt.accounts.entity.Identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a signed-in session remembers: who, since when, and the user's credentials as they were then.
 * It ends at an absolute lifetime however busy it is, and as soon as the user's password changes
 * (except the session that changed its own password, which is re-stamped).
 */
public final class SignedInSession {
    static final String USER = "org.bngopt.user";
    private static final String SIGNED_IN_AT = "org.bngopt.signedInAt";
    private static final String CREDENTIALS_CHANGED_AT = "org.bngopt.credentialsChangedAt";

    private SignedInSession() {
    }

    static void start(HttpServletRequest request, Identity identity) {
        request.getSession(true);
        // A new id, so that one planted before sign-in is worth nothing.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(USER, identity.name());
        session.setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
        stamp(session, identity);
    }

    /** The signed-in user of a session carried in a cookie; never one named in the URL. */
    static String user(HttpServletRequest request) {
        if (request.isRequestedSessionIdFromURL()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(USER) instanceof String name ? name : null;
    }

    /** True when the session has outlived {@code lifetime} or the user's password changed since it began. */
    static boolean ended(HttpServletRequest request, Identity identity, Duration lifetime) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN_AT) instanceof Long since)) {
            return true;
        }
        boolean tooOld = System.currentTimeMillis() - since > lifetime.toMillis();
        return tooOld || !Objects.equals(String.valueOf(identity.credentialsChangedAt()),
                session.getAttribute(CREDENTIALS_CHANGED_AT));
    }

    /** After the signed-in user changed their own password: this session stays, every other one ends. */
    public static void keepAfterOwnPasswordChange(HttpServletRequest request, Identity identity) {
        HttpSession session = request.getSession(false);
        if (session != null && identity.name().equals(session.getAttribute(USER))) {
            stamp(session, identity);
        }
    }

    private static void stamp(HttpSession session, Identity identity) {
        session.setAttribute(CREDENTIALS_CHANGED_AT, String.valueOf(identity.credentialsChangedAt()));
    }
}
