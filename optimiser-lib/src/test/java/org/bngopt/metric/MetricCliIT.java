package org.bngopt.metric;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar optimiser-cli.jar --metric WORKBOOK}, in its own JVM (Java 17 when the machine has it). */
class MetricCliIT {
    private static final Path JAR = Path.of("target", "optimiser-cli.jar");
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    static List<String> golden() {
        return MetricGoldenTest.GOLDEN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void printsTheExpectedResultAsJson(String name) throws Exception {
        Path workbook = Files.createTempFile(name, ".xlsx");
        Files.write(workbook, MetricGoldenTest.workbook(name));
        String java = Files.isExecutable(JAVA_17) ? JAVA_17.toString()
                : Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process cli = new ProcessBuilder(java, "-jar", JAR.toString(), "--metric", workbook.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();

        boolean ok = "ok".equals(MetricGoldenTest.expected(name).path("status").asText());
        assertThat(cli.exitValue()).isEqualTo(ok ? 0 : 2);
        assertThat(stdout.trim()).startsWith("{").endsWith("}");
        MetricGoldenTest.assertMatches(name, new ObjectMapper().readTree(stdout), MetricGoldenTest.expected(name));
        Files.delete(workbook);
    }
}
