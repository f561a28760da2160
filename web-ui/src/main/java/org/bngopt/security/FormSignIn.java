package org.bngopt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.bngopt.accounts.boundary.Accounts;
import org.bngopt.accounts.entity.Identity;

import java.util.Optional;
import java.util.Set;

/**
 * A user name and password from the sign-in page: slowed down after repeated failures, and on success a
 * {@link SignedInSession}.
 */
@ApplicationScoped
class FormSignIn {
    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                HttpMessageContext context) {
        String username = credential.getCaller();
        String address = clientAddress.of(request);
        if (throttle.secondsToWait(username, address) > 0) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Identity> identity = accounts.signIn(username, credential.getPasswordAsString(), address);
        if (identity.isEmpty()) {
            throttle.failed(username, address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username, address);
        SignedInSession.start(request, identity.get());
        return context.notifyContainerAboutLogin(identity.get().name(), Set.of(identity.get().role().code()));
    }
}
