package org.bngopt.infrastructure.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Rows written to Postgres off the request path: one long-lived drainer takes what has queued up, up
 * to {@value #BATCH} rows per batch, and then pauses {@value #PAUSE_MILLIS} ms so that the next batch
 * gathers many rows even at low rates, rather than costing Postgres a transaction per row. Rows
 * therefore appear a fraction of a second late. When Postgres is unavailable the batch is kept and
 * retried, so an outage delays rows instead of losing them or slowing answers. The drainer is started
 * once, on the executor of the first caller: submitting a task per row was measured to cost more than
 * the rest of a cache hit, because Payara captures the caller's context for every managed task.
 *
 * @param <T> one row
 */
public final class BackgroundBatches<T> {
    private static final Logger LOG = Logger.getLogger(BackgroundBatches.class.getName());
    static final int BATCH = 500;
    private static final long RETRY_MILLIS = 2_000;
    static final long PAUSE_MILLIS = 100;

    private final String rows;
    private final Consumer<List<T>> writer;
    private final BlockingQueue<T> pending = new LinkedBlockingQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean running = true;

    /**
     * @param rows   what the rows are, for the log
     * @param writer writes one batch, throwing when the database cannot take it
     */
    public BackgroundBatches(String rows, Consumer<List<T>> writer) {
        this.rows = rows;
        this.writer = writer;
    }

    public void add(T row, Executor executor) {
        pending.add(row);
        if (started.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        List<T> batch = new ArrayList<>(BATCH);
        try {
            while (running) {
                if (batch.isEmpty()) {
                    T first = pending.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    pending.drainTo(batch, BATCH - 1);
                }
                try {
                    writer.accept(batch);
                    batch.clear();
                    Thread.sleep(PAUSE_MILLIS);
                } catch (RuntimeException e) {
                    LOG.warning(() -> pending.size() + batch.size() + " " + rows + " wait for the database: " + e.getMessage());
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pending.addAll(batch);
        }
    }

    /** Writes what is left, once, at shutdown. */
    public void flush() {
        running = false;
        List<T> rest = new ArrayList<>();
        pending.drainTo(rest);
        if (!rest.isEmpty()) {
            try {
                writer.accept(rest);
            } catch (RuntimeException e) {
                LOG.warning(() -> rest.size() + " " + rows + " lost at shutdown: " + e.getMessage());
            }
        }
    }
}
