package org.bngopt.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.metric.MetricImport;
import org.bngopt.metric.MetricReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reading the real 3.6 MB, 42-sheet statutory metric (defra_test_metric.xlsx): the product's streaming
 * reader against POI's full user model (XSSFWorkbook, reading the same four sheets' cached values).
 * Prints warm medians and ranges, and the peak heap above the idle heap during one read of each.
 * {@code scripts/bench/metric.sh}; argument {@code streaming} measures the streaming reader only (for a
 * run under a small heap).
 */
public final class MetricBench {
    private static final String[] SHEETS = {"Trading Summary Area Habitats", "Trading Summary Hedgerows",
            "Trading Summary WaterC's", "Headline Results"};

    private MetricBench() {
    }

    public static void main(String[] args) throws Exception {
        byte[] workbook;
        try (InputStream in = MetricBench.class.getResourceAsStream("/metric/workbooks/defra_test_metric.xlsx")) {
            workbook = in.readAllBytes();
        }
        boolean streamingOnly = args.length > 0 && args[0].equals("streaming");
        System.out.printf("workbook: %,d bytes; max heap %d MiB%n", workbook.length, Runtime.getRuntime().maxMemory() >> 20);
        measure("streaming reader (MetricReader)", () -> {
            MetricImport result = MetricReader.read(workbook);
            if (!result.ok()) {
                throw new IllegalStateException(result.error());
            }
            return result.remainingSurplus().size();
        });
        if (!streamingOnly) {
            measure("POI user model (XSSFWorkbook)", () -> fullModel(workbook));
        }
    }

    private static int fullModel(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            int cells = 0;
            for (String name : SHEETS) {
                Sheet sheet = book.getSheet(name);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells += cell.getCellType() == null ? 0 : 1;
                    }
                }
            }
            return cells;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String name, Supplier<Object> read) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            read.get();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long started = System.nanoTime();
            read.get();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("%s: median %d ms, range %d-%d ms (15 warm runs), peak heap above idle %d MiB%n", name,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), peakHeap(read) >> 20);
    }

    /** The most heap in use, sampled every millisecond, during one read, above the heap in use just before. */
    private static long peakHeap(Supplier<Object> read) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long idle = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(idle);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        read.get();
        sampler.interrupt();
        sampler.join();
        return peak.get() - idle;
    }
}
