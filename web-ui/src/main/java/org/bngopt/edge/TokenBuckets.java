package org.bngopt.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: {@code perMinute} tokens, refilled continuously; each call takes one.
 * Full buckets are forgotten once many clients have been seen, so the map cannot grow without bound.
 */
final class TokenBuckets {
    private static final int FORGET_FULL_FROM = 10_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> byClient = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** @return 0 when a token was taken, else the whole seconds until the next one */
    long take(String client) {
        if (byClient.size() >= FORGET_FULL_FROM) {
            long now = nanoClock.getAsLong();
            byClient.values().removeIf(bucket -> bucket.isFull(now));
        }
        return byClient.computeIfAbsent(client, key -> new Bucket(nanoClock.getAsLong())).take(nanoClock.getAsLong());
    }

    private final class Bucket {
        private double tokens = perMinute;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosPerToken = (double) NANOS_PER_MINUTE / perMinute;
            return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * (double) perMinute / NANOS_PER_MINUTE);
            refilledAt = now;
        }
    }
}
