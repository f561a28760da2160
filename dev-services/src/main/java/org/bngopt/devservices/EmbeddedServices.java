package org.bngopt.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real PostgreSQL and/or a real Redis for {@code ./run.sh}, on free ports, with their data under
 * {@code --dir} (PostgreSQL's kept between runs), writes {@code services.env} with {@code DB_URL} and
 * {@code REDIS_URL} for the instances, and runs until it is stopped (SIGTERM), when it stops both.
 *
 * <pre>java -jar dev-services.jar --dir DIR [--postgres] [--redis] [--database NAME]</pre>
 */
public final class EmbeddedServices {
    /** The stream commands the product uses (XAUTOCLAIM) need Redis 6.2; embedded-redis 1.4.3 bundles 6.2.6. */
    static final String REDIS_VERSION = "6.2.6";

    private EmbeddedServices() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.dir());
        List<String> env = new ArrayList<>();
        List<String> said = new ArrayList<>();
        List<AutoCloseable> running = new ArrayList<>();
        try {
            if (options.postgres()) {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(freePort())
                        .setDataDirectory(options.dir().resolve("postgres")).setCleanDataDirectory(false).start();
                running.add(postgres);
                createDatabase(postgres, options.database());
                env.add("DB_URL=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + options.database());
                env.add("DB_USER=postgres");
                env.add("DB_PASSWORD=");
                said.add("PostgreSQL " + version(postgres) + " on port " + postgres.getPort());
            }
            if (options.redis()) {
                int port = freePort();
                Path data = Files.createDirectories(options.dir().resolve("redis"));
                RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("dir " + data)
                        .setting("save \"\"").setting("appendonly no").build();
                redis.start();
                running.add(redis::stop);
                env.add("REDIS_URL=redis://127.0.0.1:" + port);
                said.add("Redis " + REDIS_VERSION + " on port " + port);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            stop(running);
            System.err.println("embedded services: could not start: " + e);
            System.exit(1);
        }
        // Written whole, then moved, so run.sh never reads half a file.
        Path written = options.dir().resolve("services.env.tmp");
        Files.write(written, env, StandardCharsets.UTF_8);
        Files.move(written, options.dir().resolve("services.env"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Embedded " + String.join(" and ", said) + "; data in " + options.dir());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(running);
            stopped.countDown();
        }));
        stopped.await();
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!row.next()) {
                    create.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        }
    }

    private static String version(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show server_version")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void stop(List<AutoCloseable> running) {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                System.err.println("embedded services: stopping: " + e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The command line: where the data lives, which services, and the database to create. */
    record Options(Path dir, boolean postgres, boolean redis, String database) {
        static Options parse(String[] args) {
            Path dir = null;
            boolean postgres = false;
            boolean redis = false;
            String database = "bngopt";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--dir" -> dir = Path.of(args[++i]).toAbsolutePath();
                    case "--postgres" -> postgres = true;
                    case "--redis" -> redis = true;
                    case "--database" -> database = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (dir == null || !postgres && !redis) {
                throw new IllegalArgumentException("usage: --dir DIR [--postgres] [--redis] [--database NAME]");
            }
            return new Options(dir, postgres, redis, database);
        }
    }
}
