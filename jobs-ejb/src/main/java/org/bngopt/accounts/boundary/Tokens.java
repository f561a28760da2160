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

    /** What became of a token provisioned from configuration. */
    public enum Provisioning { CREATED, UNCHANGED, SECRET_REPLACED, REVOKED }

    /**
     * Who presents this secret, while its token is neither revoked nor expired. Each verdict is
     * audited when it is first reached, an unknown secret too (by the first characters of its hash).
     */
    public Optional<Identity> verify(String secret, String from) {
        return verdicts.get(TokenSecrets.hash(secret), hash -> lookUp(hash, from));
    }

    private Optional<Identity> lookUp(String hash, String from) {
        Optional<ApiToken> token = store.byHash(hash);
        if (token.isEmpty()) {
            audit.record("unknown token", "unknown token refused", "hash " + hash.substring(0, 12) + "…, from " + from);
        }
        token.ifPresent(found -> audit.record(Identity.TOKEN_PREFIX + found.name(),
                found.activeAt(OffsetDateTime.now()) ? "token used" : "revoked or expired token refused", "from " + from));
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

    /**
     * Provisions a token from configuration: created the first time; a changed secret replaces the old
     * one (a rotation), unless the token was revoked, which stands.
     */
    public Provisioning provision(String name, String secret) {
        String hash = TokenSecrets.hash(secret);
        if (store.create(UUID.randomUUID(), name, hash, "configuration", null)) {
            audit.record("configuration", "token issued", name);
            return Provisioning.CREATED;
        }
        if (store.byHash(hash).filter(token -> token.name().equals(name) && token.revokedAt() == null).isPresent()) {
            return Provisioning.UNCHANGED;
        }
        if (store.replaceHash(name, hash)) {
            verdicts.clear();
            audit.record("configuration", "token secret replaced", name);
            return Provisioning.SECRET_REPLACED;
        }
        return Provisioning.REVOKED;
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
