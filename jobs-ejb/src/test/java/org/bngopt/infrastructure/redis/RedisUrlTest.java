package org.bngopt.infrastructure.redis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisUrlTest {

    @Test
    void defaultsToDatabaseZero() {
        assertThat(RedisUrl.parse("redis://127.0.0.1:6379")).isEqualTo(new RedisUrl("redis://127.0.0.1:6379", 0));
    }

    @Test
    void takesTheDatabaseFromThePath() {
        assertThat(RedisUrl.parse(" redis://cache.internal:6380/15 "))
                .isEqualTo(new RedisUrl("redis://cache.internal:6380", 15));
    }

    @Test
    void keepsCredentialsAndTls() {
        assertThat(RedisUrl.parse("rediss://:s3cret@cache:6379/2"))
                .isEqualTo(new RedisUrl("rediss://:s3cret@cache:6379", 2));
    }

    @Test
    void rejectsWhatIsNotARedisUrl() {
        assertThatThrownBy(() -> RedisUrl.parse("http://127.0.0.1:6379")).hasMessageContaining("must start with redis://");
        assertThatThrownBy(() -> RedisUrl.parse("redis://127.0.0.1")).hasMessageContaining("must name a host and a port");
        assertThatThrownBy(() -> RedisUrl.parse("redis://127.0.0.1:6379/cache")).hasMessageContaining("expected a number");
    }
}
