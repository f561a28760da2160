package org.bngopt.reference.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.control.SnapshotCache;

/**
 * The reference data as immutable snapshots, for the API, the pages and the workers. {@link #current()}
 * answers from memory once a snapshot is loaded, so Postgres stays off the request path;
 * {@link #refresh()}, run every few seconds in the background, picks up a new version with one small query.
 */
@ApplicationScoped
public class ReferenceSnapshots {
    @Inject
    SnapshotCache cache;

    /** @throws ReferenceDataUnavailableException when no snapshot is loaded and the tables cannot be read */
    public ReferenceData current() {
        return cache.current();
    }

    public ReferenceData refresh() {
        return cache.refresh();
    }
}
