package org.bngopt.accounts.control;

import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"            ", "   short   x", "aaaaaaaaaaaa", "abababababab", "Password1234", "PASSWORD 1234!",
            "qwerty123456", "1q2w3e4r5t6y", "Winter2026!!", "x-quoter.one-x", "short"})
    void refusesBlankRepetitiveCommonAndNamedPasswords(String password) {
        assertThatThrownBy(() -> PasswordPolicy.require("quoter.one", password))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void acceptsAnUncommonPassphrase() {
        assertThatCode(() -> PasswordPolicy.require("quoter.one", "meadow-kestrel-ledger-42")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnOverlongPassword() {
        assertThatThrownBy(() -> PasswordPolicy.require("quoter.one", "a1b2c3d4e5".repeat(21)))
                .hasMessageContaining("12 to 200");
    }
}
