package org.bngopt.accounts.boundary;

import org.bngopt.accounts.control.TokenSecrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bngopt.accounts.entity.Role;
import org.bngopt.infrastructure.database.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The accounts a new installation starts with. While there is no admin, one named {@value #ADMIN} is
 * created with {@code ADMIN_PASSWORD}, or with a random password printed once in the log. A
 * {@code BOOTSTRAP_API_TOKEN} becomes the API token {@value #BOOTSTRAP_TOKEN}, for provisioning machine
 * clients (and the tests) without a person; a changed secret replaces the old one, but once revoked it
 * stays revoked. The log says which happened.
 */
@ApplicationScoped
public class InitialAccounts {
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());
    public static final String ADMIN = "admin";
    public static final String BOOTSTRAP_TOKEN = "bootstrap";

    @Inject
    Accounts accounts;

    @Inject
    Tokens tokens;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "BOOTSTRAP_API_TOKEN")
    Optional<String> bootstrapToken;

    void create(@Observes SchemaReady ready) {
        if (!accounts.anyAdmin()) {
            String password = adminPassword.filter(given -> !given.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = TokenSecrets.random(15);
            }
            // Instances starting together race here; only the one whose insert wins reports the password.
            if (accounts.createIfAbsent(ADMIN, password, Role.ADMIN)) {
                String shown = password;
                LOG.warning(() -> generated
                        ? "Initial admin account created: user '" + ADMIN + "', password '" + shown
                        + "' (shown only this once; set ADMIN_PASSWORD to choose it)"
                        : "Initial admin account created: user '" + ADMIN + "' with the password in ADMIN_PASSWORD");
            }
        }
        bootstrapToken.filter(secret -> !secret.isBlank()).ifPresent(secret -> {
            Tokens.Provisioning outcome = tokens.provision(BOOTSTRAP_TOKEN, secret);
            switch (outcome) {
                case CREATED -> LOG.info(() -> "API token '" + BOOTSTRAP_TOKEN + "' provisioned from BOOTSTRAP_API_TOKEN");
                case UNCHANGED -> LOG.info(() -> "API token '" + BOOTSTRAP_TOKEN + "' matches BOOTSTRAP_API_TOKEN");
                case SECRET_REPLACED -> LOG.warning(() -> "API token '" + BOOTSTRAP_TOKEN
                        + "' now has the new secret in BOOTSTRAP_API_TOKEN; the old secret no longer works");
                case REVOKED -> LOG.warning(() -> "API token '" + BOOTSTRAP_TOKEN
                        + "' was revoked, so BOOTSTRAP_API_TOKEN is ignored; issue a new token instead");
            }
        });
    }
}
