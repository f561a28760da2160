package org.bngopt.web.support;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.testsupport.TestRedis;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A Postgres database and a Redis database that one test class has to itself, and an instance of the
 * application on them, for the tests that start their own instance with settings of their own.
 */
public record OwnServices(String database, int redisDatabase) {

    /** Empties both, starts an instance on them with {@code settings}, and waits until it is healthy. */
    public PayaraMicroProcess startHealthy(String name, Map<String, String> settings) throws IOException, InterruptedException {
        TestDatabases.recreate(database);
        TestRedis.command(redisDatabase, "FLUSHDB");
        return startAnother(name, settings);
    }

    /** Another instance on the same database and Redis, left as they are. */
    public PayaraMicroProcess startAnother(String name, Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("DB_URL", TestDatabases.url(database));
        environment.put("REDIS_URL", "redis://127.0.0.1:6379/" + redisDatabase);
        PayaraMicroProcess app = PayaraMicroProcess.start(name, environment);
        try {
            app.awaitAnswer("/api/health", response -> response.statusCode() == 200, Duration.ofMinutes(3));
            return app;
        } catch (InterruptedException | RuntimeException | AssertionError e) {
            app.close();
            throw e;
        }
    }

    public void drop() {
        TestDatabases.drop(database);
        TestRedis.command(redisDatabase, "FLUSHDB");
    }
}
