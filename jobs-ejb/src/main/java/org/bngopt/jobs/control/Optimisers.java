package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.solve.Optimiser;

/** The optimiser of the current reference-data snapshot, built once per version. */
@ApplicationScoped
public class Optimisers {
    @Inject
    ReferenceSnapshots snapshots;

    private volatile Optimiser optimiser;

    public Optimiser current() {
        ReferenceData snapshot = snapshots.current();
        Optimiser known = optimiser;
        if (known == null || !known.referenceDataVersion().equals(snapshot.version())) {
            known = new Optimiser(snapshot);
            optimiser = known;
        }
        return known;
    }
}
