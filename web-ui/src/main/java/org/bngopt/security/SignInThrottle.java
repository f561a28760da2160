package org.bngopt.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing without locking the real user out. After {@value #FREE_FAILURES} failed
 * sign-ins in a row for one user name from one address, or {@value #FREE_FAILURES_PER_ADDRESS} from one
 * address for any names, each further attempt from that address must wait twice as long as the one before
 * (1 s, 2 s, 4 s … up to {@value #MAX_WAIT_SECONDS} s) after the last failure; attempts inside the wait
 * are refused without looking at the password. A guesser elsewhere therefore slows only itself: the
 * user, signing in from their own address, is never refused for someone else's failures. (The address is
 * the client's, see {@link ClientAddress}.) Kept per instance.
 */
@ApplicationScoped
public class SignInThrottle {
    static final int FREE_FAILURES = 3;
    static final int FREE_FAILURES_PER_ADDRESS = 10;
    static final long MAX_WAIT_SECONDS = 300;
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, long lastNanos) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public SignInThrottle() {
        this(System::nanoTime);
    }

    SignInThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Whole seconds until this user name may try again from this address; 0 when it may now. */
    public long secondsToWait(String username, String address) {
        return Math.max(wait(userKey(username, address), FREE_FAILURES), wait(addressKey(address), FREE_FAILURES_PER_ADDRESS));
    }

    public void failed(String username, String address) {
        if (failures.size() >= MAX_TRACKED) {
            failures.clear();
        }
        long now = clock.getAsLong();
        for (String key : new String[]{userKey(username, address), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (known, one) -> new Failures(known.count() + 1, now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(userKey(username, address));
        failures.remove(addressKey(address));
    }

    private long wait(String key, int free) {
        Failures known = failures.get(key);
        if (known == null || known.count() < free) {
            return 0;
        }
        long waitSeconds = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(known.count() - free, 20));
        long elapsedNanos = clock.getAsLong() - known.lastNanos();
        long remainingNanos = waitSeconds * 1_000_000_000L - elapsedNanos;
        return remainingNanos <= 0 ? 0 : (remainingNanos + 999_999_999L) / 1_000_000_000L;
    }

    private static String userKey(String username, String address) {
        return "user:" + address + ":" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
