package org.bngopt.edge;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {
    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(60, now::get);

    @Test
    void aClientMayBurstItsRateThenWaitsForTheNextToken() {
        for (int i = 0; i < 60; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 60; i++) {
            buckets.take("a");
        }
        assertThat(buckets.take("a")).isPositive();
        assertThat(buckets.take("b")).isZero();
    }

    @Test
    void theWaitGrowsWithTheShortfallAtASlowRate() {
        TokenBuckets slow = new TokenBuckets(2, now::get);
        slow.take("a");
        slow.take("a");
        assertThat(slow.take("a")).isEqualTo(30);
    }
}
