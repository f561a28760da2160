package org.bngopt.watches.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.jobs.boundary.Jobs;
import org.bngopt.jobs.entity.Job;
import org.bngopt.json.Json;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.quote.QuoteResult;
import org.bngopt.watches.control.WatchStore;
import org.bngopt.watches.entity.Watch;
import org.bngopt.watches.entity.WatchDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Watches: a quoter watches the request of a finished job (a result, or the job of a quote) for its units to be
 * met or its total to fall below a figure. A quoter sees and changes their own; admins all.
 */
@ApplicationScoped
public class Watches {
    @Inject
    Jobs jobs;

    @Inject
    WatchStore store;

    @Inject
    AuditLog audit;

    public Watch create(UUID jobId, WatchDetails details, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Job job = jobs.finished(jobId, caller, errors).orElseThrow(() -> new InvalidRequestException(errors));
        QuoteResult result = Json.read(job.resultJson(), QuoteResult.class);
        boolean met = details.condition().holds(result, details.threshold());
        Watch watch = store.create(caller.name(), job.requestJson(), details, met, job.id(), job.referenceVersion());
        audit.record(caller.name(), "watch created", watch.id() + " " + watch.name());
        return watch;
    }

    public List<Watch> list(Caller caller) {
        return store.list(caller.admin() ? null : caller.name());
    }

    public Optional<Watch> find(long id, Caller caller) {
        return store.find(id).filter(watch -> caller.admin() || caller.name().equals(watch.owner()));
    }

    public Optional<Watch> change(long id, WatchDetails details, Caller caller) {
        if (find(id, caller).isEmpty()) {
            return Optional.empty();
        }
        Optional<Watch> changed = store.change(id, details);
        changed.ifPresent(watch -> audit.record(caller.name(), "watch changed", watch.id() + " " + watch.name()
                + (watch.active() ? "" : " (paused)")));
        return changed;
    }

    public boolean delete(long id, Caller caller) {
        if (find(id, caller).isEmpty()) {
            return false;
        }
        boolean deleted = store.delete(id);
        audit.record(caller.name(), "watch deleted", String.valueOf(id));
        return deleted;
    }
}
