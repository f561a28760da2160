package org.bngopt.web;

import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.Session;

import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance started while its database does not exist and its Redis is down: it must come up,
 * report what is down in one clear log line without stack traces, and turn healthy on its own once
 * both services appear, loading the sample data into the new database.
 */
class DegradedStartIT {
    private static final String DATABASE = "bngopt_degraded_it";

    private Process redis;

    @AfterEach
    void stopRedisAndDropDatabase() throws InterruptedException {
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
        TestDatabases.drop(DATABASE);
    }

    @Test
    void reportsWhatIsDownThenRecoversWhenTheServicesComeUp() throws Exception {
        TestDatabases.drop(DATABASE);
        int redisPort = PayaraMicroProcess.freePort();

        try (PayaraMicroProcess app = PayaraMicroProcess.start("degraded", Map.of(
                "DB_URL", TestDatabases.url(DATABASE),
                "REDIS_URL", "redis://127.0.0.1:" + redisPort))) {

            // While the application deploys, the listener answers with the server's own error pages.
            HttpResponse<String> degraded = app.awaitAnswer("/api/health",
                    response -> response.body().startsWith("{\"status\""), Duration.ofMinutes(3));
            assertThat(degraded.statusCode()).isEqualTo(503);
            assertThat(degraded.body()).isEqualTo("{\"status\":\"degraded\",\"database\":\"down\",\"redis\":\"down\"}");

            List<String> log = app.logLines();
            assertThat(log).anyMatch(line -> line.contains(
                    "Database is not ready: FATAL: database \"" + DATABASE + "\" does not exist"));
            assertThat(log).noneMatch(line -> line.startsWith("\tat "));

            TestDatabases.recreate(DATABASE);
            redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "it-instances", "degraded", "redis.log").toFile())
                    .start();

            HttpResponse<String> recovered = app.awaitAnswer("/api/health", response -> response.statusCode() == 200,
                    Duration.ofSeconds(60));
            assertThat(recovered.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\",\"redis\":\"up\"}");
            assertThat(bankCount()).isEqualTo(12);
            assertThat(Session.admin(URI.create(app.baseUrl() + "/")).get("").body()).contains("ref-2025.11-r1");
        }
    }

    private static int bankCount() throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from banks")) {
            row.next();
            return row.getInt(1);
        }
    }
}
