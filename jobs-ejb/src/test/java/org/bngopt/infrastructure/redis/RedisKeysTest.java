package org.bngopt.infrastructure.redis;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RedisKeysTest {

    @Test
    void deploymentsOnDifferentDatabasesGetDifferentNamespaces() {
        RedisKeys live = new RedisKeys("jdbc:postgresql://db:5432/bngopt", Optional.empty());
        RedisKeys test = new RedisKeys("jdbc:postgresql://db:5432/bngopt_test", Optional.empty());
        RedisKeys liveAgain = new RedisKeys("jdbc:postgresql://db:5432/bngopt", Optional.empty());

        assertThat(live.of("jobs")).matches("bng:[0-9a-f]{12}:jobs").isNotEqualTo(test.of("jobs"))
                .isEqualTo(liveAgain.of("jobs"));
    }

    @Test
    void aNamespaceGivenWins() {
        assertThat(new RedisKeys("jdbc:postgresql://db:5432/bngopt", Optional.of("staging")).of("result:k")).isEqualTo("bng:staging:result:k");
        assertThat(new RedisKeys("jdbc:postgresql://db:5432/bngopt", Optional.of(" ")).of("jobs")).startsWith("bng:").doesNotContain(" ");
    }
}
