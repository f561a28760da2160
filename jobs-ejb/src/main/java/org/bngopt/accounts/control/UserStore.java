package org.bngopt.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.entity.Role;
import org.bngopt.accounts.entity.User;
import org.bngopt.infrastructure.database.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code users} table. */
@ApplicationScoped
public class UserStore {
    private static final String COLUMNS = "username, role, enabled, created_at, credentials_changed_at";

    /** A user with the hash to check a password against. */
    public record Credentials(User user, String passwordHash) {
    }

    @Inject
    Jdbc jdbc;

    public Optional<Credentials> credentials(String username) {
        return jdbc.one("select " + COLUMNS + ", password_hash from users where username = ?",
                row -> new Credentials(user(row), row.getString(6)), username);
    }

    public Optional<User> find(String username) {
        return jdbc.one("select " + COLUMNS + " from users where username = ?", UserStore::user, username);
    }

    public List<User> all() {
        return jdbc.list("select " + COLUMNS + " from users order by username", UserStore::user);
    }

    /** @return false when the name is taken */
    public boolean create(String username, String passwordHash, Role role) {
        return jdbc.update("insert into users (username, password_hash, role) values (?, ?, ?) on conflict do nothing",
                username, passwordHash, role.code()) == 1;
    }

    public boolean anyAdmin() {
        return jdbc.one("select 1 from users where role = 'admin' limit 1", row -> true).isPresent();
    }

    /**
     * Enables or disables a user in one statement that never disables the last enabled admin, so two
     * admins disabling each other at once cannot both succeed.
     */
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.update("update users set enabled = ? where username = ? and (? or role <> 'admin' or exists"
                + " (select 1 from users other where other.role = 'admin' and other.enabled and other.username <> ?))",
                enabled, username, enabled, username) == 1;
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /** Sets the hash and the time the credentials changed, which ends the user's earlier sessions. */
    public boolean setPasswordHash(String username, String passwordHash) {
        return jdbc.update("update users set password_hash = ?, credentials_changed_at = now() where username = ?",
                passwordHash, username) == 1;
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(row.getString(1), Role.fromCode(row.getString(2)).orElseThrow(), row.getBoolean(3),
                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class));
    }
}
