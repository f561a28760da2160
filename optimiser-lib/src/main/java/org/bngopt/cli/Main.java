package org.bngopt.cli;

import org.bngopt.quote.ValidationErrorBody;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.json.Json;
import org.bngopt.metric.MetricImport;
import org.bngopt.metric.MetricReader;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.ReferenceDataException;
import org.bngopt.solve.Optimiser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code java -jar optimiser-cli.jar --reference DIR --request FILE}: prints the result JSON and exits 0;
 * exits 2 with the §13 body for a request error, 3 with a message on stderr for an unusable reference
 * folder, and 1 for a usage error. {@code --metric WORKBOOK} prints what a statutory metric workbook says
 * the quote must buy (metric-import.md), exit 0, or its error JSON with exit 2 for an unusable workbook.
 * Stdout carries nothing but the JSON.
 */
public final class Main {
    static final int OK = 0;
    static final int USAGE = 1;
    static final int REQUEST_ERROR = 2;
    static final int REFERENCE_ERROR = 3;

    private Main() {
    }

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a provider Log4j would say so on stdout. Its simple logger
        // writes to stderr, leaving stdout to the JSON.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && "--metric".equals(args[0])) {
            return metric(args, out, err);
        }
        Path reference = null;
        Path request = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if ("--reference".equals(args[i]) && value != null) {
                reference = Path.of(value);
                i++;
            } else if ("--request".equals(args[i]) && value != null) {
                request = Path.of(value);
                i++;
            } else {
                err.println("usage: java -jar optimiser-cli.jar [--reference DIR] --request FILE (unexpected '" + args[i] + "')");
                return USAGE;
            }
        }
        if (request == null) {
            err.println("usage: java -jar optimiser-cli.jar [--reference DIR] --request FILE");
            return USAGE;
        }
        String body;
        try {
            body = Files.readString(request, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read request file " + request + ": " + e.getMessage());
            return USAGE;
        }
        ReferenceData data;
        try {
            data = reference == null ? ReferenceCsv.readSample() : ReferenceCsv.read(reference);
        } catch (ReferenceDataException e) {
            err.println("reference data: " + e.getMessage());
            return REFERENCE_ERROR;
        }
        Duration timeLimit;
        try {
            timeLimit = timeLimit();
        } catch (NumberFormatException e) {
            err.println("SOLVER_TIME_LIMIT_SECONDS must be a whole number of seconds");
            return USAGE;
        }
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest quoteRequest;
        try {
            quoteRequest = optimiser.parse(body);
        } catch (InvalidRequestException e) {
            out.println(Json.indented(ValidationErrorBody.of(e.errors())));
            return REQUEST_ERROR;
        }
        QuoteResult result = quietly(() -> optimiser.quote(quoteRequest, timeLimit));
        out.println(Json.indented(result));
        return OK;
    }

    private static int metric(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar optimiser-cli.jar --metric WORKBOOK");
            return USAGE;
        }
        byte[] workbook;
        try {
            workbook = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            err.println("cannot read workbook " + args[1] + ": " + e.getMessage());
            return USAGE;
        }
        MetricImport result = quietly(() -> MetricReader.read(workbook));
        out.println(Json.indented(result));
        return result.ok() ? OK : REQUEST_ERROR;
    }

    private static Duration timeLimit() {
        String seconds = System.getenv("SOLVER_TIME_LIMIT_SECONDS");
        return Duration.ofSeconds(seconds == null || seconds.isBlank() ? 30 : Long.parseLong(seconds.trim()));
    }

    /** ojalgo prints a banner to stdout on first use; the CLI's stdout must stay pure JSON. */
    private static <T> T quietly(Supplier<T> work) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return work.get();
        } finally {
            System.setOut(stdout);
        }
    }
}
