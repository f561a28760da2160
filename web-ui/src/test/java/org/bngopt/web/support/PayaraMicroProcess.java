package org.bngopt.web.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Payara Micro instance of the built WAR in its own JVM, for tests that need control over its
 * environment or its life (a bad configuration, a kill). Its output goes to a log file the test can read.
 */
public final class PayaraMicroProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private PayaraMicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static PayaraMicroProcess start(String name, Map<String, String> environment) throws IOException {
        Path workDir = Path.of("target", "it-instances", name).toAbsolutePath();
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        Path log = workDir.resolve("server.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("app.war"),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--rootdir", workDir.resolve("root").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PayaraMicroProcess(builder.start(), log, port);
    }

    /** A reused root directory would make Micro deploy its previous copy of the application first. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls a path until an answer satisfies the condition, or fails after the timeout. */
    public HttpResponse<String> awaitAnswer(String path, Predicate<HttpResponse<String>> condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                last = get(path);
                if (condition.test(last)) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // booting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no satisfying answer from " + path + " within " + timeout + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()) + "; see " + log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = Credentials.request(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    /** kill -9: the instance ends at once, whatever it was doing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
