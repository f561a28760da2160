package org.bngopt.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.accounts.control.TokenSecrets;
import org.bngopt.accounts.control.TokenStore;
import org.bngopt.accounts.control.VerdictCache;
import org.bngopt.accounts.entity.ApiToken;
import org.bngopt.accounts.entity.Identity;
import org.bngopt.infrastructure.validation.InvalidFieldException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens for machine clients: issued and revoked by admins, verified on every API request from a
 * short-lived in-memory verdict, so Postgres is asked at most once per token and
 * {@link Accounts#RECHECK_AFTER} on each instance and a revocation takes effect within that time.
 */
@ApplicationScoped
public class Tokens {

    /** A new token with its secret, which is shown this once and never stored. */
    public record Issued(ApiToken token, String secret) {
    }

    @Inject
    TokenStore store;

    @Inject
    AuditLog audit;

    private final VerdictCache<String, Optional<Identity>> verdicts =
            new VerdictCache<>(Accounts.RECHECK_AFTER, Accounts.KEEP_THROUGH_OUTAGE, 100_000);

    /** Who presents this secret, while its token is neither revoked nor expired. */
    public Optional<Identity> verify(String secret) {
        return verdicts.get(TokenSecrets.hash(secret), this::lookUp);
    }

    private Optional<Identity> lookUp(String hash) {
        Optional<ApiToken> token = store.byHash(hash);
        token.ifPresent(found -> audit.record(Identity.TOKEN_PREFIX + found.name(),
                found.activeAt(OffsetDateTime.now()) ? "token used" : "revoked or expired token refused", ""));
        return token.filter(found -> found.activeAt(OffsetDateTime.now())).map(found -> Identity.ofToken(found.name()));
    }

    public List<ApiToken> all() {
        return store.all();
    }

    public Issued issue(String name, OffsetDateTime expiresAt, String by) {
        Names.require("name", name);
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
            throw new InvalidFieldException("expiresAt", "must be in the future");
        }
        String secret = TokenSecrets.generate();
        UUID id = UUID.randomUUID();
        if (!store.create(id, name, TokenSecrets.hash(secret), by, expiresAt)) {
            throw new InvalidFieldException("name", "is taken");
        }
        audit.record(by, "token issued", name + (expiresAt == null ? "" : ", expires " + expiresAt));
        return new Issued(store.byName(name).orElseThrow(), secret);
    }

    /** Provisions a token from configuration once; a later revocation of it stands. */
    public boolean provision(String name, String secret) {
        boolean created = store.create(UUID.randomUUID(), name, TokenSecrets.hash(secret), "configuration", null);
        if (created) {
            audit.record("configuration", "token issued", name);
        }
        return created;
    }

    public boolean revoke(UUID id, String by) {
        boolean revoked = store.revoke(id);
        if (revoked) {
            // Here at once; other instances within Accounts.RECHECK_AFTER.
            verdicts.clear();
            audit.record(by, "token revoked", id.toString());
        }
        return revoked;
    }
}
