package org.bngopt.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private final SignInThrottle throttle = new SignInThrottle(now::get);

    @Test
    void theFirstFailuresCostNothingThenEachWaitDoubles() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isZero();
            throttle.failed("ann", "10.0.0.1");
        }
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isEqualTo(1);
        now.addAndGet(SECOND);
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isZero();
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isEqualTo(2);
        throttle.failed("ann", "10.0.0.1");
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isEqualTo(8);
        assertThat(throttle.secondsToWait("bob", "10.0.0.2")).isZero();
    }

    @Test
    void aGuesserElsewhereNeverLocksTheRealUserOut() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ann", "203.0.113.7");
        }
        assertThat(throttle.secondsToWait("ann", "203.0.113.7")).isEqualTo(SignInThrottle.MAX_WAIT_SECONDS);
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).as("ann at her own desk").isZero();
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedToo() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.secondsToWait("someone-new", "10.0.0.9")).isEqualTo(1);
    }

    @Test
    void theWaitIsCappedAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ann", "10.0.0.1");
        }
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isEqualTo(SignInThrottle.MAX_WAIT_SECONDS);
        throttle.succeeded("ann", "10.0.0.1");
        assertThat(throttle.secondsToWait("ann", "10.0.0.1")).isZero();
    }
}
