package org.bngopt.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.entity.ApiToken;
import org.bngopt.infrastructure.database.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code api_tokens} table, keyed for lookups by the token's hash. */
@ApplicationScoped
public class TokenStore {
    private static final String COLUMNS = "token_id, name, created_by, created_at, expires_at, revoked_at";

    @Inject
    Jdbc jdbc;

    public Optional<ApiToken> byHash(String tokenHash) {
        return jdbc.one("select " + COLUMNS + " from api_tokens where token_hash = ?", TokenStore::token, tokenHash);
    }

    public Optional<ApiToken> byName(String name) {
        return jdbc.one("select " + COLUMNS + " from api_tokens where name = ?", TokenStore::token, name);
    }

    public List<ApiToken> all() {
        return jdbc.list("select " + COLUMNS + " from api_tokens order by created_at desc, name", TokenStore::token);
    }

    /** @return false when the name is taken */
    public boolean create(UUID id, String name, String tokenHash, String createdBy, OffsetDateTime expiresAt) {
        return jdbc.update("insert into api_tokens (token_id, name, token_hash, created_by, expires_at)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", id, name, tokenHash, createdBy, expiresAt) == 1;
    }

    /** Gives an active token a new secret; false when it is revoked or absent. */
    public boolean replaceHash(String name, String tokenHash) {
        return jdbc.update("update api_tokens set token_hash = ? where name = ? and revoked_at is null", tokenHash, name) == 1;
    }

    /** @return false when there is no such token or it was revoked already */
    public boolean revoke(UUID id) {
        return jdbc.update("update api_tokens set revoked_at = now() where token_id = ? and revoked_at is null", id) == 1;
    }

    private static ApiToken token(ResultSet row) throws SQLException {
        return new ApiToken(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class),
                row.getObject(6, OffsetDateTime.class));
    }
}
