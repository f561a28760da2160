package org.bngopt.cli;

import org.bngopt.testsupport.TestJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged {@code optimiser-cli.jar} in its own JVM — on Java 17 when the machine has it, since the
 * CLI promises to run there — printing exactly the expected JSON, with nothing else on stdout.
 */
class CliJarIT {
    private static final Path JAR = Path.of("target", "optimiser-cli.jar");
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p01_single_local", "p05_split_far_pairing", "p12_validation_error", "p20_minimum_delivery_paired"})
    void printsTheExpectedJsonAndNothingElse(String scenario) throws Exception {
        Path request = Files.createTempFile(scenario, ".json");
        Files.writeString(request, TestJson.resource("/golden/scenarios/" + scenario + ".json"));
        String java = Files.isExecutable(JAVA_17) ? JAVA_17.toString()
                : Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process cli = new ProcessBuilder(java, "-jar", JAR.toString(), "--request", request.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(cli.exitValue()).isEqualTo(scenario.equals("p12_validation_error") ? Main.REQUEST_ERROR : Main.OK);
        assertThat(stdout.trim()).startsWith("{").endsWith("}");
        assertThat(TestJson.sameValue(TestJson.tree(stdout), TestJson.tree(TestJson.resource("/golden/expected/" + scenario + ".json")))).isTrue();
        Files.delete(request);
    }
}
