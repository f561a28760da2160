package org.bngopt.quotes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.jobs.boundary.Jobs;
import org.bngopt.jobs.entity.Job;
import org.bngopt.parties.control.CustomerStore;
import org.bngopt.parties.control.IntroducerStore;
import org.bngopt.parties.entity.Introducer;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.quote.PromoterDiscount;
import org.bngopt.quotes.Discounts;
import org.bngopt.quotes.ManualLine;
import org.bngopt.quotes.QuoteReferences;
import org.bngopt.quotes.QuoteStatus;
import org.bngopt.quotes.control.Pricing;
import org.bngopt.quotes.control.QuoteSettings;
import org.bngopt.quotes.control.QuoteStore;
import org.bngopt.quotes.entity.Quote;
import org.bngopt.quotes.entity.QuoteDraft;
import org.bngopt.quotes.entity.QuoteEvent;
import org.bngopt.quotes.entity.QuoteFilter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Saving a finished result as a quote for a customer, changing a draft, requoting, finding and searching.
 * A quoter sees and changes the quotes they created; admins and API tokens ({@link Caller#admin()}) all.
 * Every write is one transaction: a customer created with a quote exists only if the quote does.
 */
@ApplicationScoped
public class Quotes {
    @Inject
    Jobs jobs;

    @Inject
    QuoteStore store;

    @Inject
    CustomerStore customers;

    @Inject
    IntroducerStore introducers;

    @Inject
    QuoteSettings settings;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditLog audit;

    public Quote create(QuoteDraft draft, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Job> job = jobs.finished(draft.jobId(), caller, errors);
        Optional<Introducer> introducer = introducer(draft.introducerId(), errors);
        if (draft.customerId() != null && customers.find(draft.customerId()).isEmpty()) {
            errors.add(new FieldError("customerId", "no customer " + draft.customerId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Pricing pricing = Pricing.of(job.orElseThrow(), List.of());
        pricing = pricing.withManualLines(draft.manualLines() != null ? draft.manualLines()
                : ManualLine.offeredFor(pricing.result().lines(), settings.felledWoodlandPrice()));
        String override = discountOverride(pricing, introducer.orElse(null), caller);
        Pricing priced = pricing;
        String reference = jdbc.inTransaction(connection -> {
            long customerId = draft.customerId() != null ? draft.customerId()
                    : customers.insert(connection, draft.newCustomer(), caller.name());
            String created = QuoteReferences.of(store.nextNumber(connection));
            store.insert(connection, quote(created, created, 0, customerId, draft, introducer.orElse(null), priced, caller));
            store.event(connection, created, caller.name(), null, QuoteStatus.DRAFT, "saved from job " + draft.jobId() + override);
            return created;
        });
        audit.record(caller.name(), "quote saved", reference + override);
        return store.find(reference).orElseThrow();
    }

    /** Changes a draft: the parts given replace the quote's; a new job re-prices it. 409 once it is issued. */
    public Optional<Quote> change(String reference, QuoteDraft changes, Caller caller) {
        if (find(reference, caller).isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<Job> job = changes.jobId() == null ? Optional.empty() : jobs.finished(changes.jobId(), caller, errors);
        Optional<Introducer> introducer = introducer(changes.introducerId(), errors);
        if (changes.customerId() != null && customers.find(changes.customerId()).isEmpty()) {
            errors.add(new FieldError("customerId", "no customer " + changes.customerId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String override = jdbc.inTransaction(connection -> {
            Quote quote = lockDraft(connection, reference, "changed");
            Pricing pricing = job.map(found -> Pricing.of(found, List.of())).orElseGet(() -> Pricing.of(quote));
            pricing = pricing.withManualLines(changes.manualLines() != null ? changes.manualLines() : Pricing.manualLines(quote));
            Long introducerId = changes.clearIntroducer() ? null : changes.introducerId() != null ? changes.introducerId()
                    : quote.introducerId();
            Introducer chosen = introducerId == null ? null : introducers.find(introducerId).orElseThrow();
            String said = discountOverride(pricing, chosen, caller);
            long customerId = changes.customerId() != null ? changes.customerId() : changes.newCustomer() != null
                    ? customers.insert(connection, changes.newCustomer(), caller.name()) : quote.customerId();
            QuoteDraft merged = new QuoteDraft(pricing.jobId(), customerId, null,
                    changes.siteLocation() != null ? changes.siteLocation() : quote.siteLocation(),
                    changes.sitePostcode() != null ? changes.sitePostcode() : quote.sitePostcode(), introducerId, false,
                    changes.notes() != null ? changes.notes() : quote.notes(), pricing.manualLines());
            store.updateDraft(connection, quote(reference, quote.baseReference(), quote.revision(), customerId, merged, chosen,
                    pricing, caller));
            store.event(connection, reference, caller.name(), QuoteStatus.DRAFT, QuoteStatus.DRAFT, "changed" + said);
            return said;
        });
        audit.record(caller.name(), "quote changed", reference + override);
        return store.find(reference);
    }

    /** A new revision of the quote's base, priced by a new job; it keeps the quote's client, site, introducer and lines. */
    public Optional<Quote> requote(String reference, UUID jobId, Caller caller) {
        Optional<Quote> source = find(reference, caller);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<Job> job = jobs.finished(jobId, caller, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Quote from = source.get();
        Introducer introducer = from.introducerId() == null ? null : introducers.find(from.introducerId()).orElse(null);
        Pricing pricing = Pricing.of(job.orElseThrow(), Pricing.manualLines(from));
        String override = discountOverride(pricing, introducer, caller);
        String revision = jdbc.inTransaction(connection -> {
            // The base's lock makes concurrent requotes take their turns, so each gets the next number.
            store.lock(connection, from.baseReference()).orElseThrow();
            String next = QuoteReferences.revision(from.baseReference(), store.highestRevision(connection, from.baseReference()));
            QuoteDraft copy = new QuoteDraft(jobId, from.customerId(), null, from.siteLocation(), from.sitePostcode(),
                    from.introducerId(), false, from.notes(), pricing.manualLines());
            store.insert(connection, quote(next, from.baseReference(), QuoteReferences.revisionOf(next), from.customerId(), copy,
                    introducer, pricing, caller));
            store.event(connection, next, caller.name(), null, QuoteStatus.DRAFT, "requoted from " + reference + " with job "
                    + jobId + override);
            return next;
        });
        audit.record(caller.name(), "quote requoted", revision + " from " + reference + override);
        return store.find(revision);
    }

    public Optional<Quote> find(String reference, Caller caller) {
        if (!QuoteReferences.wellFormed(reference)) {
            return Optional.empty();
        }
        return store.find(reference).filter(quote -> caller.admin() || caller.name().equals(quote.createdBy()));
    }

    public List<QuoteEvent> events(String reference) {
        return store.events(reference);
    }

    public List<Quote> family(Quote quote) {
        return store.family(quote.baseReference());
    }

    public QuoteStore.Page search(QuoteFilter filter, int page, int size, Caller caller) {
        QuoteFilter own = caller.admin() ? filter : new QuoteFilter(filter.reference(), filter.client(), filter.status(),
                filter.lpa(), filter.nca(), filter.from(), filter.to(), filter.customerId(), caller.name());
        return store.search(own, page, size);
    }

    private Quote lockDraft(Connection connection, String reference, String doing) throws SQLException {
        Quote quote = store.lock(connection, reference).orElseThrow();
        if (quote.status() != QuoteStatus.DRAFT) {
            throw new ConflictException("NOT_A_DRAFT", "quote " + reference + " is " + quote.status().described()
                    + "; only a draft can be " + doing);
        }
        return quote;
    }

    private Optional<Introducer> introducer(Long id, List<FieldError> errors) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Introducer> introducer = introducers.find(id).filter(Introducer::active);
        if (introducer.isEmpty()) {
            errors.add(new FieldError("introducerId", "no active introducer " + id));
        }
        return introducer;
    }

    /**
     * With an introducer, the result must have been priced with the introducer's discount (quotes.md Q1).
     * A quoter is refused otherwise; an admin or API client may override, and the override is said and audited.
     */
    private static String discountOverride(Pricing pricing, Introducer introducer, Caller caller) {
        if (introducer == null) {
            return "";
        }
        PromoterDiscount used = pricing.request().options().promoterDiscount();
        PromoterDiscount theirs = introducer.promoterDiscount();
        if (Discounts.same(used, theirs)) {
            return "";
        }
        if (!caller.admin()) {
            throw new InvalidRequestException(List.of(new FieldError("introducerId", introducer.name() + " gives "
                    + Discounts.describe(theirs) + " but the result was priced with " + Discounts.describe(used)
                    + "; get the quote again with the introducer chosen")));
        }
        return "; promoter discount overridden: " + Discounts.describe(used) + " instead of " + introducer.name() + "'s "
                + Discounts.describe(theirs);
    }

    private static Quote quote(String reference, String base, int revision, long customerId, QuoteDraft draft,
                               Introducer introducer, Pricing pricing, Caller caller) {
        return new Quote(reference, base, revision, QuoteStatus.DRAFT, customerId, null, null,
                introducer == null ? null : introducer.id(), null, draft.siteLocation(), draft.sitePostcode(), draft.notes(),
                pricing.jobId(), pricing.requestJson(), pricing.resultJson(), pricing.result().referenceDataVersion(),
                pricing.result().solverStatus().name(), pricing.lpa(), pricing.nca(), pricing.manualLinesJson(),
                pricing.result().total(), pricing.manualSubtotal(), pricing.total(), caller.name(), null, null, null, null);
    }
}
