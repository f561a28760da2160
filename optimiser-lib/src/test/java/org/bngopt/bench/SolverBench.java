package org.bngopt.bench;

import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.solve.Optimiser;
import org.bngopt.testsupport.IndependentValidator;
import org.bngopt.testsupport.TestJson;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The optimiser benchmark (issue 7): the public scenarios and generated instances, each solved warm
 * several times. Prints Markdown rows: the median and range of the wall time, the solver status, the
 * cost, the share of time in option building and in the stages, and whether the independent validator
 * accepts the result. Run it with {@code scripts/bench/solver.sh}; arguments select what to run:
 * {@code scenarios}, {@code generated} (all sizes), {@code quick} (the sizes up to 100 banks) or
 * {@code memory} (peak heap for 200 banks), {@code national} (400 banks × 25 and 60 lines, 200 × 100,
 * 1,000 × 25 and its peak heap), or one generated size as {@code BANKSxLINES}. The system
 * property {@code bng.solver.engine} (ojalgo, scip, auto) picks the engine; {@code bench.runs} overrides
 * the number of measured runs of generated instances, and {@code bench.only} names the one scenario to run.
 */
public final class SolverBench {
    private static final String[] SCENARIOS = {"p01_single_local", "p02_minimum_delivery", "p03_multi_percentage",
            "p04_mixed_ledgers_hold100", "p05_split_far_pairing", "p06_far_only", "p07_paired_adjacent",
            "p08_watercourse_catchments", "p09_trading_rules", "p10_unmet_lines", "p11_tier_up_suo",
            "p13_low_proxy_hold50", "p14_group_proxy_maxbanks", "p15_hedgerow_proxy_no_pairing",
            "p16_watercourse_proxy_no_site", "p17_percentage_explicit_neighbours", "p18_tier_up_large_suo_cap",
            "p19_maxbanks_lifted", "p20_minimum_delivery_paired"};
    private static final int[] BANKS = {25, 50, 100, 200, 400};
    private static final int[] LINES = {1, 5, 25, 100};
    private static final int STOCK_ROWS_PER_BANK = 25;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(Long.getLong("bench.timeLimitSeconds", 30));

    /** Timings of one solve: wall time, option building, all stages, and each stage in order. */
    private record Run(double millis, double buildMillis, double stagesMillis, List<Double> stageMillis, QuoteResult result) {
    }

    private SolverBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> what = args.length == 0 ? List.of("scenarios", "quick") : List.of(args);
        System.out.println("Engine: " + System.getProperty("bng.solver.engine", "auto") + "; time limit " + TIME_LIMIT.toSeconds() + " s");
        System.out.println("| instance | runs | median ms | range ms | status | total £ | build % | stages % (1 / 1 unlimited / 2 / 3 / 3b / 4 / 5) | valid |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        if (what.contains("scenarios")) {
            ReferenceData sample = ReferenceCsv.readSample();
            for (String scenario : SCENARIOS) {
                if (System.getProperty("bench.only", scenario).equals(scenario)) {
                    measure(scenario, sample, TestJson.resource("/golden/scenarios/" + scenario + ".json"), 20, 30);
                }
            }
        }
        boolean all = what.contains("generated");
        if (all || what.contains("quick")) {
            for (int banks : BANKS) {
                for (int lines : LINES) {
                    if (all || banks <= 100) {
                        generated(banks, lines);
                    }
                }
            }
        }
        for (String size : what) {
            if (size.matches("\\d+x\\d+")) {
                String[] parts = size.split("x");
                generated(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        }
        if (what.contains("memory")) {
            peakHeap(200, 25);
        }
        if (what.contains("national")) {
            // Issue 21's grid: the register at national scale.
            generated(400, 25);
            generated(400, 60);
            generated(200, 100);
            generated(1000, 25);
            peakHeap(1000, 25);
        }
    }

    private static void generated(int banks, int lines) throws IOException {
        Path folder = InstanceGenerator.write(InstanceGenerator.Parameters.of(banks, banks * STOCK_ROWS_PER_BANK, lines, 7),
                Files.createTempDirectory("bng-bench"));
        ReferenceData data = ReferenceCsv.read(folder.resolve("reference"));
        String request = Files.readString(folder.resolve("request.json"));
        int runs = Integer.getInteger("bench.runs", banks * lines >= 5_000 ? 3 : 7);
        measure(String.format(Locale.ROOT, "%d banks, %d stock rows, %d lines", banks, banks * STOCK_ROWS_PER_BANK, lines),
                data, request, 1, runs);
    }

    private static void measure(String name, ReferenceData data, String requestJson, int warmUps, int runs) {
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest request = optimiser.parse(requestJson);
        for (int i = 0; i < warmUps; i++) {
            solve(optimiser, request);
        }
        Run[] measured = new Run[runs];
        for (int i = 0; i < runs; i++) {
            measured[i] = solve(optimiser, request);
        }
        double[] millis = Arrays.stream(measured).mapToDouble(Run::millis).sorted().toArray();
        Run typical = measured[runs / 2];
        double total = Arrays.stream(measured).mapToDouble(Run::millis).sum();
        double build = Arrays.stream(measured).mapToDouble(Run::buildMillis).sum();
        double stages = Arrays.stream(measured).mapToDouble(Run::stagesMillis).sum();
        List<String> violations = new IndependentValidator(data).violations(request, typical.result());
        StringBuilder perStage = new StringBuilder();
        for (double stage : typical.stageMillis()) {
            perStage.append(perStage.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", 100 * stage / typical.millis()));
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f–%.1f | %s | %s | %.0f | %.0f (%s) | %s |%n", name, runs,
                millis[runs / 2], millis[0], millis[runs - 1], typical.result().solverStatus(), typical.result().total(),
                100 * build / total, 100 * stages / total, perStage, violations.isEmpty() ? "yes" : "NO: " + violations);
    }

    private static Run solve(Optimiser optimiser, QuoteRequest request) {
        List<Double> marks = new ArrayList<>();
        long start = System.nanoTime();
        QuoteResult result = optimiser.quote(request, TIME_LIMIT, step -> marks.add((System.nanoTime() - start) / 1e6));
        double millis = (System.nanoTime() - start) / 1e6;
        List<Double> stages = new ArrayList<>();
        for (int i = 1; i < marks.size() - 1; i++) {
            stages.add(marks.get(i) - marks.get(i - 1));
        }
        return new Run(millis, marks.get(0), marks.get(marks.size() - 1) - marks.get(0), stages, result);
    }

    /** Peak heap while solving one instance, after a collection, from the heap pools' peak usage. */
    private static void peakHeap(int banks, int lines) throws IOException {
        Path folder = InstanceGenerator.write(InstanceGenerator.Parameters.of(banks, banks * STOCK_ROWS_PER_BANK, lines, 7),
                Files.createTempDirectory("bng-bench"));
        ReferenceData data = ReferenceCsv.read(folder.resolve("reference"));
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest request = optimiser.parse(Files.readString(folder.resolve("request.json")));
        solve(optimiser, request);
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        solve(optimiser, request);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%nPeak heap, %d banks, %d lines: %.0f MiB (%.0f MiB in use before the solve)%n",
                banks, lines, peak / 1048576.0, before / 1048576.0);
    }
}
