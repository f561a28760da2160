package org.bngopt.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Database;
import org.bngopt.infrastructure.database.SchemaMigration;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Probes the database and Redis with short timeouts, so a health check answers within seconds even
 * when a service hangs. The database counts as up only once its schema is migrated.
 */
@ApplicationScoped
public class Health {
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    @Inject
    Database database;

    @Inject
    SchemaMigration schema;

    @Inject
    RedissonClient redis;

    public HealthReport check() {
        return new HealthReport(databaseUp(), redisUp());
    }

    public boolean databaseUp() {
        if (!schema.isComplete()) {
            return false;
        }
        try (Connection connection = database.dataSource().getConnection()) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public boolean redisUp() {
        try {
            return redis.getRedisNodes(RedisNodes.SINGLE).pingAll(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
