package org.bngopt.infrastructure.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.util.logging.Logger;

/**
 * Produces the one Redisson client of the application. It connects lazily, so a Redis that is down at
 * start-up does not stop the deployment; commands fail until Redis is back and then simply work. The
 * client is shut down with the application.
 */
@ApplicationScoped
public class RedisClientProducer {
    private static final Logger LOG = Logger.getLogger(RedisClientProducer.class.getName());

    @Inject
    @ConfigProperty(name = "REDIS_URL", defaultValue = "redis://127.0.0.1:6379")
    String redisUrl;

    @Produces
    @ApplicationScoped
    RedissonClient redisson() {
        RedisUrl url = RedisUrl.parse(redisUrl);
        Config config = new Config();
        config.setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(url.address())
                .setDatabase(url.database())
                .setConnectTimeout(2_000)
                .setTimeout(3_000)
                .setRetryAttempts(1)
                .setConnectionMinimumIdleSize(1)
                .setConnectionPoolSize(64);
        LOG.info(() -> "Redis client for " + hostOnly(url) + " database " + url.database());
        return Redisson.create(config);
    }

    void close(@Disposes RedissonClient client) {
        client.shutdown();
        LOG.info("Redis client closed");
    }

    private static String hostOnly(RedisUrl url) {
        return url.address().replaceFirst("//[^@]*@", "//");
    }
}
