package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.redis.RedisKeys;
import org.redisson.api.RBucket;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Proven-optimal results by job key (request hash + reference-data version): one Redis string per
 * key, {@code bng:result:<key>}, expiring after {@code RESULT_TTL_SECONDS}, read with a plain
 * {@code GET}. In front of it each instance keeps the results it has recently served for up to
 * {@value #NEAR_SECONDS} s: a result never changes for its key, so only the admin flush needs telling,
 * which goes to every instance over the Redis topic {@code …:results:cleared}. Values are the result
 * JSON, readable by any version of the application.
 */
@ApplicationScoped
public class ResultCache {
    static final String KEY_PREFIX = "result:";
    static final String CLEARED_TOPIC = "results:cleared";
    static final long NEAR_SECONDS = 60;
    static final int NEAR_ENTRIES = 10_000;

    private record Near(String resultJson, long expiresAt) {
    }

    @Inject
    RedissonClient redis;

    @Inject
    RedisKeys keys;

    @Inject
    JobSettings settings;

    private final Map<String, Near> near = new ConcurrentHashMap<>();
    private final AtomicBoolean listening = new AtomicBoolean();

    private RBucket<String> entry(String jobKey) {
        return redis.getBucket(keys.of(KEY_PREFIX + jobKey), StringCodec.INSTANCE);
    }

    private RTopic cleared() {
        return redis.getTopic(keys.of(CLEARED_TOPIC), StringCodec.INSTANCE);
    }

    public Optional<String> get(String jobKey) {
        listenForFlushes();
        long now = System.nanoTime();
        Near recent = near.get(jobKey);
        if (recent != null && now < recent.expiresAt()) {
            return Optional.of(recent.resultJson());
        }
        String resultJson = entry(jobKey).get();
        if (resultJson == null) {
            near.remove(jobKey);
        } else {
            remember(jobKey, resultJson, now);
        }
        return Optional.ofNullable(resultJson);
    }

    public void put(String jobKey, String resultJson) {
        entry(jobKey).set(resultJson, settings.resultTtl());
    }

    /** Empties the cache in Redis and in every instance. */
    public void clear() {
        redis.getKeys().deleteByPattern(keys.of(KEY_PREFIX + "*"));
        near.clear();
        cleared().publish("cleared");
    }

    private void remember(String jobKey, String resultJson, long now) {
        if (near.size() >= NEAR_ENTRIES) {
            near.clear(); // crude but bounded; the entries come back from Redis on their next hit
        }
        near.put(jobKey, new Near(resultJson, now + Duration.ofSeconds(NEAR_SECONDS).toNanos()));
    }

    /** Subscribes once; a failed attempt (Redis down) is retried on the next lookup. */
    private void listenForFlushes() {
        if (!listening.get() && listening.compareAndSet(false, true)) {
            try {
                cleared().addListener(String.class, (channel, message) -> near.clear());
            } catch (RuntimeException e) {
                listening.set(false);
                throw e;
            }
        }
    }
}
