package org.bngopt.accounts.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final VerdictCache<String, String> cache =
            new VerdictCache<>(Duration.ofSeconds(5), Duration.ofMinutes(15), 3, now::get);
    private final AtomicInteger lookups = new AtomicInteger();

    private Function<String, String> database(String verdict) {
        return key -> {
            lookups.incrementAndGet();
            return verdict;
        };
    }

    private static Function<String, String> databaseDown() {
        return key -> {
            throw new IllegalStateException("Postgres is down");
        };
    }

    @Test
    void answersFromMemoryWhileFreshAndLooksAgainAfter() {
        assertThat(cache.get("token", database("valid"))).isEqualTo("valid");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.get("token", database("revoked"))).as("still fresh").isEqualTo("valid");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("token", database("revoked"))).as("a revocation seen after 5 s").isEqualTo("revoked");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void keepsAKnownVerdictThroughAnOutageUpToTheStaleLimit() {
        cache.get("token", database("valid"));
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(cache.get("token", databaseDown())).isEqualTo("valid");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThatThrownBy(() -> cache.get("token", databaseDown())).hasMessage("Postgres is down");
        assertThatThrownBy(() -> cache.get("never seen", databaseDown())).hasMessage("Postgres is down");
    }

    @Test
    void forgettingAKeyLooksItUpAtOnceAndTheSizeIsBounded() {
        cache.get("a", database("1"));
        cache.forget("a");
        assertThat(cache.get("a", database("2"))).isEqualTo("2");
        cache.get("b", database("x"));
        cache.get("c", database("x"));
        cache.get("d", database("x"));
        assertThat(cache.get("a", database("3"))).as("a flood of keys cleared the memory").isEqualTo("3");
    }
}
