package org.bngopt.cli;

import org.bngopt.testsupport.TestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path scenario(String name) throws IOException {
        Path file = folder.resolve(name + ".json");
        Files.writeString(file, TestJson.resource("/golden/scenarios/" + name + ".json"));
        return file;
    }

    @Test
    void printsTheResultJsonAndExits0() throws IOException {
        int code = run("--request", scenario("p01_single_local").toString());

        assertThat(code).isEqualTo(Main.OK);
        assertThat(TestJson.sameValue(TestJson.tree(out.toString(StandardCharsets.UTF_8)),
                TestJson.tree(TestJson.resource("/golden/expected/p01_single_local.json")))).isTrue();
    }

    @Test
    void aRequestErrorPrintsTheValidationBodyAndExits2() throws IOException {
        int code = run("--request", scenario("p12_validation_error").toString());

        assertThat(code).isEqualTo(Main.REQUEST_ERROR);
        assertThat(TestJson.sameValue(TestJson.tree(out.toString(StandardCharsets.UTF_8)),
                TestJson.tree(TestJson.resource("/golden/expected/p12_validation_error.json")))).isTrue();
    }

    @Test
    void anUnusableReferenceFolderNamesTheFileAndRowAndExits3() throws IOException {
        Path reference = Files.createDirectory(folder.resolve("reference"));
        for (String table : List.of("VERSION", "banks.csv", "habitats.csv", "distinctiveness_levels.csv", "stock.csv",
                "prices.csv", "srm.csv", "contract_sizes.csv", "trading_rules.csv", "lpa_adjacency.csv", "nca_adjacency.csv")) {
            try (InputStream in = Main.class.getResourceAsStream("/org/bngopt/reference/sample/" + table)) {
                Files.write(reference.resolve(table), in.readAllBytes());
            }
        }
        Files.writeString(reference.resolve("srm.csv"), "tier,multiplier,rank\nlocal,1.0,0\nadjacent,three quarters,1\n");

        int code = run("--reference", reference.toString(), "--request", scenario("p01_single_local").toString());

        assertThat(code).isEqualTo(Main.REFERENCE_ERROR);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("srm.csv line 3: column 'multiplier': 'three quarters' is not a number");
    }

    @Test
    void aMissingReferenceFolderExits3() throws IOException {
        int code = run("--reference", folder.resolve("nowhere").toString(), "--request", scenario("p01_single_local").toString());

        assertThat(code).isEqualTo(Main.REFERENCE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing table file");
    }

    @Test
    void usageErrorsExit1() {
        assertThat(run()).isEqualTo(Main.USAGE);
        assertThat(run("--request", folder.resolve("absent.json").toString())).isEqualTo(Main.USAGE);
        assertThat(run("--verbose")).isEqualTo(Main.USAGE);
        assertThat(out.size()).isZero();
    }
}
