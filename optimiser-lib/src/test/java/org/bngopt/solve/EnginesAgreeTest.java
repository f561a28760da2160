package org.bngopt.solve;

import org.bngopt.bench.InstanceGenerator;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.IndependentValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ojalgo and SCIP ({@link LinearEngine}) give the same proven optimum on generated instances small
 * enough for both: the same cost, and — because stage 5 fixes every tie — the same allocation.
 */
class EnginesAgreeTest {
    @AfterEach
    void automaticChoiceAgain() {
        System.clearProperty("bng.solver.engine");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void bothEnginesGiveTheSameOptimalQuote(long seed, @TempDir Path folder) throws Exception {
        InstanceGenerator.write(InstanceGenerator.Parameters.of(12, 150, 3, seed), folder);
        ReferenceData data = ReferenceCsv.read(folder.resolve("reference"));
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest request = optimiser.parse(Files.readString(folder.resolve("request.json")));

        QuoteResult ojalgo = quoteWith("ojalgo", optimiser, request);
        QuoteResult scip = quoteWith("scip", optimiser, request);

        assertThat(ojalgo.solverStatus()).isEqualTo(SolverStatus.OPTIMAL);
        assertThat(scip.solverStatus()).isEqualTo(SolverStatus.OPTIMAL);
        assertThat(new IndependentValidator(data).violations(request, scip)).isEmpty();
        assertThat(scip.total()).isEqualByComparingTo(ojalgo.total());
        assertThat(Json.indented(scip)).isEqualTo(Json.indented(ojalgo));
    }

    private static QuoteResult quoteWith(String engine, Optimiser optimiser, QuoteRequest request) {
        System.setProperty("bng.solver.engine", engine);
        return optimiser.quote(request, Duration.ofSeconds(60));
    }
}
