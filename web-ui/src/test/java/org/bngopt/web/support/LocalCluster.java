package org.bngopt.web.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Instances started by the README's own {@code ./run.sh --instances N}, in a run folder and cluster of
 * their own, so a test exercises the real start path (post-boot commands, logging, clustering). The
 * test signals them by PID: freeze, thaw, terminate, kill.
 */
public final class LocalCluster implements AutoCloseable {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One instance: its name (also its {@code INSTANCE_NAME}), PID and URL. */
    public record Instance(String name, long pid, String baseUrl) {
    }

    private final Map<String, String> environment;
    private final List<Instance> instances;

    private LocalCluster(Map<String, String> environment, List<Instance> instances) {
        this.environment = environment;
        this.instances = instances;
    }

    public static LocalCluster start(String name, int count, Map<String, String> settings) throws IOException, InterruptedException {
        Path runDir = ROOT.resolve("web-ui/target/it-clusters").resolve(name);
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("RUN_DIR", runDir.toString());
        environment.put("CLUSTER_NAME", "bngopt-it-" + name + "-" + ProcessHandle.current().pid());
        int port = freePorts(count);
        LocalCluster cluster = new LocalCluster(environment, List.of());
        int exit = cluster.runScript("--instances", String.valueOf(count), "--port", String.valueOf(port));
        List<Instance> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path pidFile = runDir.resolve("instance-" + i + ".pid");
            if (Files.exists(pidFile)) {
                started.add(new Instance("instance-" + i, Long.parseLong(Files.readString(pidFile).trim()),
                        "http://127.0.0.1:" + (port + i)));
            }
        }
        LocalCluster running = new LocalCluster(environment, started);
        if (exit != 0 || started.size() != count) {
            running.close();
            throw new AssertionError("./run.sh --instances " + count + " exited with " + exit + "; see " + runDir);
        }
        return running;
    }

    private int runScript(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("run.sh").toString()));
        command.addAll(List.of(arguments));
        Path output = ROOT.resolve("web-ui/target/it-clusters/run-sh.out");
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    public Instance instance(int index) {
        return instances.get(index);
    }

    public void signal(Instance instance, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(instance.pid())).start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + instance.pid() + " failed");
        }
    }

    public static boolean isAlive(Instance instance) {
        return ProcessHandle.of(instance.pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits for the instance's process to end. */
    public static void awaitExit(Instance instance, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isAlive(instance)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(instance.name() + " still runs " + timeout + " after it was told to stop");
            }
            Thread.sleep(100);
        }
    }

    public static HttpResponse<String> post(Instance instance, String path, String body) throws IOException, InterruptedException {
        return HTTP.send(Credentials.request(URI.create(instance.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stops every instance through {@code ./run.sh --stop}, which ends them by PID. */
    @Override
    public void close() throws IOException, InterruptedException {
        for (Instance instance : instances) {
            if (isAlive(instance)) {
                signal(instance, "CONT");
            }
        }
        runScript("--stop");
    }

    /**
     * A first port of {@code count} consecutive free ones, below the kernel's ephemeral range (32768 up),
     * so that no outgoing connection takes one of them between this check and the instances' start.
     */
    private static int freePorts(int count) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = 20_000 + random.nextInt(10_000);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                    socket.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports between 20000 and 30000");
    }
}
