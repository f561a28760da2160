package org.bngopt.accounts.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSecretsTest {

    @Test
    void aSecretCarriesThePrefixAnd256RandomBits() {
        String secret = TokenSecrets.generate();

        assertThat(secret).startsWith(TokenSecrets.PREFIX).matches("bng_[A-Za-z0-9_-]{43}");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertThat(seen.add(TokenSecrets.generate())).isTrue();
        }
    }

    @Test
    void onlyTheHashIsStoredAndItIsTheSha256OfTheSecret() {
        assertThat(TokenSecrets.hash("bng_abc"))
                .isEqualTo("0696564fa7542ebb2e330c1358443d9cbf4839b5ee2376a11f99cfb572c90afd")
                .isNotEqualTo(TokenSecrets.hash("bng_abd"));
    }
}
