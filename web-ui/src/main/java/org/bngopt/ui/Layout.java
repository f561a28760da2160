package org.bngopt.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.jobs.control.JobSettings;
import org.bngopt.reference.boundary.ReferenceSnapshots;

/**
 * The footer of every page: which reference data and which instance answered. Both are read in-process
 * from memory, so rendering a page costs no call.
 */
@Named
@RequestScoped
public class Layout {
    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    JobSettings settings;

    public String getReferenceDataVersion() {
        try {
            return snapshots.current().version();
        } catch (RuntimeException e) {
            return "unavailable";
        }
    }

    public String getInstance() {
        return settings.instance();
    }
}
