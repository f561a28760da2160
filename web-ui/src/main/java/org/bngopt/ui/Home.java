package org.bngopt.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.health.boundary.Health;
import org.bngopt.health.boundary.HealthReport;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.boundary.ReferenceDataUnavailableException;
import org.bngopt.reference.boundary.ReferenceSnapshots;

import java.util.List;

/** The landing page: service health and a summary of the reference data in use. */
@Named
@RequestScoped
public class Home {

    /** One line of the reference-data summary table. */
    public record TableCount(String table, int rows) {
    }

    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    Health health;

    private HealthReport report;
    private ReferenceData reference;
    private boolean referenceLoaded;

    public HealthReport getHealth() {
        if (report == null) {
            report = health.check();
        }
        return report;
    }

    public ReferenceData getReference() {
        if (!referenceLoaded) {
            referenceLoaded = true;
            try {
                reference = snapshots.current();
            } catch (ReferenceDataUnavailableException e) {
                reference = null;
            }
        }
        return reference;
    }

    public List<TableCount> getTableCounts() {
        ReferenceData data = getReference();
        if (data == null) {
            return List.of();
        }
        return List.of(
                new TableCount("Banks", data.banks().size()),
                new TableCount("Habitats", data.habitats().size()),
                new TableCount("Stock parcels", data.stock().size()),
                new TableCount("Prices", data.prices().size()),
                new TableCount("Trading rules", data.tradingRules().size()),
                new TableCount("LPA neighbour pairs", data.lpaAdjacency().size()),
                new TableCount("NCA neighbour pairs", data.ncaAdjacency().size()));
    }
}
