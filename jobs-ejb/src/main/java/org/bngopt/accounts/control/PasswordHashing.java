package org.bngopt.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** The container's PBKDF2 password hash, configured once for the whole application. */
@ApplicationScoped
public class PasswordHashing {
    /** Compared against when the user is unknown, so that the answer takes as long as for a known one. */
    private String unknownUserHash;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        unknownUserHash = hash.generate("no such user".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for a user that does not exist; always false. */
    public boolean verifyNothing(String password) {
        hash.verify(password.toCharArray(), unknownUserHash);
        return false;
    }
}
