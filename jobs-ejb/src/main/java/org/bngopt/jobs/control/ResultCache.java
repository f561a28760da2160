package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.redisson.api.RMapCache;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Proven-optimal results by job key (request hash + reference-data version) in a Redis map with a TTL
 * per entry. Values are the result JSON, readable by any version of the application. Lookups are
 * asynchronous so a request thread never waits on Redis.
 */
@ApplicationScoped
public class ResultCache {
    static final String MAP = "bng:results";

    @Inject
    RedissonClient redis;

    @Inject
    JobSettings settings;

    private RMapCache<String, String> map() {
        return redis.getMapCache(MAP, StringCodec.INSTANCE);
    }

    public CompletionStage<String> get(String jobKey) {
        return map().getAsync(jobKey);
    }

    public void put(String jobKey, String resultJson) {
        map().fastPut(jobKey, resultJson, settings.resultTtl().toSeconds(), TimeUnit.SECONDS);
    }

    public void clear() {
        map().delete();
    }
}
