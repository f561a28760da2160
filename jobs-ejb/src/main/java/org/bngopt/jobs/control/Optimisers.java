package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.control.SnapshotCache;
import org.bngopt.solve.Optimiser;

import java.util.logging.Logger;

/** The optimiser of the current reference-data snapshot, built once per version. */
@ApplicationScoped
public class Optimisers {
    private static final Logger LOG = Logger.getLogger(Optimisers.class.getName());

    @Inject
    SnapshotCache snapshots;

    private volatile Optimiser optimiser;
    private volatile String warmedVersion;

    public Optimiser current() {
        ReferenceData snapshot = snapshots.current();
        Optimiser known = optimiser;
        if (known == null || !known.referenceDataVersion().equals(snapshot.version())) {
            known = new Optimiser(snapshot);
            optimiser = known;
        }
        return known;
    }

    /**
     * Warms the current optimiser up once per reference-data version (see {@link Optimiser#warmUp()}).
     * A failure is logged and not retried: warming up is worth a try, never a broken start.
     */
    public void warmUp() {
        Optimiser current = current();
        if (current.referenceDataVersion().equals(warmedVersion)) {
            return;
        }
        warmedVersion = current.referenceDataVersion();
        long started = System.nanoTime();
        try {
            current.warmUp();
            LOG.info(() -> "Optimiser warmed up for " + warmedVersion + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException | LinkageError e) {
            LOG.warning(() -> "Optimiser warm-up failed: " + e);
        }
    }
}
