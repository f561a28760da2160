package org.bngopt.accounts.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Remembers who a token or a signed-in user is for a few seconds, so that Postgres is asked at most
 * once per key and period rather than on every request. A verdict older than {@code fresh} is looked
 * up again, which is how a revocation takes effect within seconds. When the lookup fails (Postgres is
 * down) a verdict no older than {@code staleLimit} is still used, so callers known a moment ago keep
 * getting cached answers through an outage.
 */
public final class VerdictCache<K, V> {
    private record Verdict<V>(V value, long checkedAtNanos) {
    }

    private final long freshNanos;
    private final long staleLimitNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<K, Verdict<V>> verdicts = new ConcurrentHashMap<>();

    public VerdictCache(Duration fresh, Duration staleLimit, int maxEntries, LongSupplier clock) {
        this.freshNanos = fresh.toNanos();
        this.staleLimitNanos = staleLimit.toNanos();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public VerdictCache(Duration fresh, Duration staleLimit, int maxEntries) {
        this(fresh, staleLimit, maxEntries, System::nanoTime);
    }

    /** The verdict on {@code key}, from memory while fresh, else from {@code lookup}. */
    public V get(K key, Function<K, V> lookup) {
        long now = clock.getAsLong();
        Verdict<V> known = verdicts.get(key);
        if (known != null && now - known.checkedAtNanos() < freshNanos) {
            return known.value();
        }
        V value;
        try {
            value = lookup.apply(key);
        } catch (RuntimeException e) {
            if (known != null && now - known.checkedAtNanos() < staleLimitNanos) {
                return known.value();
            }
            throw e;
        }
        if (verdicts.size() >= maxEntries) {
            // Unknown tokens are remembered too; a flood of them must not grow memory without bound.
            verdicts.clear();
        }
        verdicts.put(key, new Verdict<>(value, now));
        return value;
    }

    public void forget(K key) {
        verdicts.remove(key);
    }

    public void clear() {
        verdicts.clear();
    }
}
