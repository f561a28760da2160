package org.bngopt.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.accounts.control.PasswordHashing;
import org.bngopt.accounts.control.PasswordPolicy;
import org.bngopt.accounts.control.UserStore;
import org.bngopt.accounts.control.VerdictCache;
import org.bngopt.accounts.entity.Identity;
import org.bngopt.accounts.entity.Role;
import org.bngopt.accounts.entity.User;
import org.bngopt.infrastructure.validation.InvalidFieldException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * People who sign in: checking a password, re-checking a signed-in session's user (cached for a few
 * seconds, so disabling a user takes effect within them), and managing users.
 */
@ApplicationScoped
public class Accounts {
    public static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    static final Duration KEEP_THROUGH_OUTAGE = Duration.ofMinutes(15);

    @Inject
    UserStore users;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    private final VerdictCache<String, Optional<Identity>> sessions =
            new VerdictCache<>(RECHECK_AFTER, KEEP_THROUGH_OUTAGE, 10_000);

    /**
     * The identity for a correct password of an enabled user; every attempt is audited. The password is
     * checked against a hash whether or not the user exists or is enabled, so that the time of the
     * answer tells nothing about the account.
     */
    public Optional<Identity> signIn(String username, String password, String from) {
        Optional<UserStore.Credentials> known = username == null || password == null
                || password.length() > PasswordPolicy.MAX_LENGTH ? Optional.empty() : users.credentials(username);
        boolean matches = known.isPresent()
                ? passwords.matches(password, known.get().passwordHash())
                : passwords.verifyNothing(password == null ? "" : password);
        boolean valid = matches && known.get().user().enabled();
        audit.record(String.valueOf(username), valid ? "sign-in" : "sign-in failed", "from " + from);
        return valid ? Optional.of(identityOf(known.get().user())) : Optional.empty();
    }

    /** The identity of a signed-in user, while the user exists and is enabled. */
    public Optional<Identity> identity(String username) {
        return sessions.get(username, name -> users.find(name).filter(User::enabled).map(Accounts::identityOf));
    }

    public List<User> all() {
        return users.all();
    }

    public User create(String username, String password, String role, String by) {
        Names.require("username", username);
        Role wanted = Role.fromCode(role).filter(r -> r != Role.API)
                .orElseThrow(() -> new InvalidFieldException("role", "must be quoter or admin"));
        PasswordPolicy.require(username, password);
        if (!users.create(username, passwords.hash(password), wanted)) {
            throw new InvalidFieldException("username", "is taken");
        }
        audit.record(by, "user created", username + " as " + wanted.code());
        return users.find(username).orElseThrow();
    }

    /** Creates the user unless it exists; for the initial admin. */
    public boolean createIfAbsent(String username, String password, Role role) {
        return users.create(username, passwords.hash(password), role);
    }

    public boolean anyAdmin() {
        return users.anyAdmin();
    }

    /**
     * @return false when there is no such user
     * @throws InvalidFieldException when it would disable the last enabled admin
     */
    public boolean setEnabled(String username, boolean enabled, String by) {
        if (!users.setEnabled(username, enabled)) {
            if (users.exists(username)) {
                throw new InvalidFieldException("enabled", "the last enabled admin cannot be disabled");
            }
            return false;
        }
        sessions.forget(username);
        audit.record(by, enabled ? "user enabled" : "user disabled", username);
        return true;
    }

    /** Sets a password; every session the user signed in before ends (on other instances within {@link #RECHECK_AFTER}). */
    public boolean setPassword(String username, String password, String by) {
        PasswordPolicy.require(username, password);
        boolean changed = users.setPasswordHash(username, passwords.hash(password));
        if (changed) {
            sessions.forget(username);
            audit.record(by, "password set", username);
        }
        return changed;
    }

    private static Identity identityOf(User user) {
        return new Identity(user.username(), user.role(), user.credentialsChangedAt());
    }
}
