package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.util.Optional;

/**
 * Proven-optimal results by job key (request hash + reference-data version): one Redis string per
 * key, {@code bng:result:<key>}, expiring after {@code RESULT_TTL_SECONDS}. A hit is a plain
 * {@code GET} — no script — because it is the hottest path of the API. Values are the result JSON,
 * readable by any version of the application.
 */
@ApplicationScoped
public class ResultCache {
    static final String KEY_PREFIX = "bng:result:";

    @Inject
    RedissonClient redis;

    @Inject
    JobSettings settings;

    private RBucket<String> entry(String jobKey) {
        return redis.getBucket(KEY_PREFIX + jobKey, StringCodec.INSTANCE);
    }

    public Optional<String> get(String jobKey) {
        return Optional.ofNullable(entry(jobKey).get());
    }

    public void put(String jobKey, String resultJson) {
        entry(jobKey).set(resultJson, settings.resultTtl());
    }

    public void clear() {
        redis.getKeys().deleteByPattern(KEY_PREFIX + "*");
    }
}
