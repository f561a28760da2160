package org.bngopt.parties.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.parties.control.IntroducerStore;
import org.bngopt.parties.entity.Introducer;
import org.bngopt.parties.entity.IntroducerDetails;

import java.util.List;
import java.util.Optional;

/** Introducers, which admins manage; everyone who quotes may read them to choose one. */
@ApplicationScoped
public class Introducers {
    @Inject
    IntroducerStore store;

    @Inject
    AuditLog audit;

    public Introducer create(IntroducerDetails details, String by) {
        Introducer created = store.create(details);
        audit.record(by, "introducer created", describe(created));
        return created;
    }

    public Optional<Introducer> update(long id, IntroducerDetails details, String by) {
        Optional<Introducer> changed = store.update(id, details);
        changed.ifPresent(introducer -> audit.record(by, "introducer changed", describe(introducer)));
        return changed;
    }

    public Optional<Introducer> find(long id) {
        return store.find(id);
    }

    public List<Introducer> all() {
        return store.all();
    }

    private static String describe(Introducer introducer) {
        return introducer.id() + " " + introducer.name() + " " + introducer.discountType()
                + (introducer.discountValue() == null ? "" : " " + introducer.discountValue().toPlainString())
                + (introducer.active() ? "" : " (inactive)");
    }
}
