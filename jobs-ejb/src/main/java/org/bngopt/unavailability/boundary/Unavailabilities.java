package org.bngopt.unavailability.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.jobs.boundary.Jobs;
import org.bngopt.jobs.entity.Job;
import org.bngopt.jobs.entity.JobStatus;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.UnmetUnits;
import org.bngopt.quotes.control.DocumentSettings;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.unavailability.Statement;
import org.bngopt.unavailability.Unavailability;
import org.bngopt.unavailability.UnmetExplainer;
import org.bngopt.unavailability.control.CreditStore;
import org.bngopt.unavailability.control.StatementPdf;
import org.bngopt.unavailability.control.StatementStore;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The statement of unavailability of a finished job with unmet units (issue 20): made once, from the
 * reference data and statutory credits of that moment, kept, and the same on every later request.
 */
@ApplicationScoped
public class Unavailabilities {
    @Inject
    Jobs jobs;

    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    StatementStore store;

    @Inject
    CreditStore credits;

    @Inject
    DocumentSettings brand;

    /** Empty when the caller has no such job; 409 when it has not finished or left nothing unmet. */
    public Optional<Statement> statement(UUID jobId, Caller caller) {
        Optional<Job> job = jobs.find(jobId, caller);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> kept = store.find(jobId);
        if (kept.isPresent()) {
            return Optional.of(Json.read(kept.get(), Statement.class));
        }
        Job found = job.get();
        if (found.status() != JobStatus.FINISHED || found.resultJson() == null) {
            throw new ConflictException("NOT_FINISHED", "job " + jobId + " is " + found.status().code() + "; only a finished job"
                    + " can be explained");
        }
        QuoteResult result = Json.read(found.resultJson(), QuoteResult.class);
        if (UnmetUnits.byLedger(result).isEmpty()) {
            throw new ConflictException("NOTHING_UNMET", "job " + jobId + " meets every line; there is nothing to explain");
        }
        QuoteRequest request = Json.read(found.requestJson(), QuoteRequest.class);
        Unavailability unavailability = new UnmetExplainer(snapshots.current()).explain(request, result);
        Statement statement = new Statement(jobId.toString(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .toString(), request.site() == null ? null : request.site().lpa(), request.site() == null ? null : request.site().nca(),
                unavailability, Statement.credits(unavailability, credits.current()));
        return Optional.of(Json.read(store.keep(jobId, Json.compact(statement)), Statement.class));
    }

    public Optional<byte[]> pdf(UUID jobId, Caller caller) {
        return statement(jobId, caller).map(statement -> StatementPdf.render(statement, brand.brand().name()));
    }
}
