package org.bngopt.unavailability.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.unavailability.StatutoryCredits;
import org.bngopt.unavailability.control.CreditStore;

/** The statutory credits table, which admins replace whole; each replacement is a new version and audited. */
@ApplicationScoped
public class StatutoryCreditsAdmin {
    @Inject
    CreditStore store;

    @Inject
    AuditLog audit;

    public StatutoryCredits current() {
        return store.current();
    }

    public StatutoryCredits replace(StatutoryCredits table, String by) {
        String version = store.replace(table, by);
        audit.record(by, "statutory credits replaced", version + ": " + table.pricePerTier().size() + " tiers, "
                + table.tierOfHabitat().size() + " habitats");
        return store.current();
    }
}
