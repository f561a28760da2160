package org.bngopt.accounts.boundary;

import org.bngopt.accounts.control.AuditLog;
import org.bngopt.accounts.control.PasswordHashing;
import org.bngopt.accounts.control.UserStore;
import org.bngopt.accounts.entity.Role;
import org.bngopt.accounts.entity.User;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in spends one hash verification whoever the user is, so timing tells nothing about the account. */
class AccountsTest {
    private final List<String> verifications = new ArrayList<>();
    private final Accounts accounts = new Accounts();

    AccountsTest() {
        accounts.users = new UserStore() {
            @Override
            public Optional<Credentials> credentials(String username) {
                OffsetDateTime now = OffsetDateTime.now();
                return switch (username) {
                    case "enabled" -> Optional.of(new Credentials(new User("enabled", Role.QUOTER, true, now, now), "hash-e"));
                    case "disabled" -> Optional.of(new Credentials(new User("disabled", Role.QUOTER, false, now, now), "hash-d"));
                    default -> Optional.empty();
                };
            }
        };
        accounts.passwords = new PasswordHashing() {
            @Override
            public boolean matches(String password, String storedHash) {
                verifications.add(storedHash);
                return password.equals("right");
            }

            @Override
            public boolean verifyNothing(String password) {
                verifications.add("dummy");
                return false;
            }
        };
        accounts.audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String detail) {
            }
        };
    }

    @Test
    void everyAttemptVerifiesOneHashAndOnlyAnEnabledUserWithTheRightPasswordGetsIn() {
        assertThat(accounts.signIn("enabled", "right", "here")).isPresent();
        assertThat(accounts.signIn("enabled", "wrong", "here")).isEmpty();
        assertThat(accounts.signIn("disabled", "right", "here")).isEmpty();
        assertThat(accounts.signIn("disabled", "wrong", "here")).isEmpty();
        assertThat(accounts.signIn("nobody", "right", "here")).isEmpty();

        assertThat(verifications).containsExactly("hash-e", "hash-e", "hash-d", "hash-d", "dummy");
    }
}
