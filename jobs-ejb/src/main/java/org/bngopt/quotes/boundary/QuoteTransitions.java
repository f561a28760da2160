package org.bngopt.quotes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.quotes.QuoteAction;
import org.bngopt.quotes.QuoteStatus;
import org.bngopt.quotes.control.QuoteSettings;
import org.bngopt.quotes.control.QuoteStore;
import org.bngopt.quotes.control.StockLedger;
import org.bngopt.quotes.entity.Quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Moving a quote through its life (quotes.md Q3) with its stock (Q4), each in one transaction: the quote
 * row is locked, the transition checked against the table (409 and no change otherwise), the stock held,
 * sold or released, the event recorded; then audited with the reference.
 */
@ApplicationScoped
public class QuoteTransitions {
    static final String SYSTEM = "system";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    Quotes quotes;

    @Inject
    QuoteStore store;

    @Inject
    StockLedger stock;

    @Inject
    QuoteSettings settings;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditLog audit;

    /** The quote after the action, or empty when the caller has no such quote. */
    public Optional<Quote> apply(String reference, QuoteAction action, Caller caller) {
        if (quotes.find(reference, caller).isEmpty()) {
            return Optional.empty();
        }
        String version = jdbc.inTransaction(connection -> {
            Quote quote = store.lock(connection, reference).orElseThrow();
            QuoteStatus to = action.from(quote.status()).orElseThrow(() -> new ConflictException("TRANSITION_NOT_ALLOWED",
                    "quote " + reference + " is " + quote.status().described() + "; it cannot be "
                            + pastTense(action) + allowed(quote.status())));
            // The quote's row is written before the stock, so that a failure at any point leaves both as they were.
            String changed = switch (action) {
                case ISSUE -> issue(connection, quote);
                case ACCEPT -> accept(connection, quote);
                default -> {
                    store.decide(connection, reference, to);
                    yield stock.release(connection, reference);
                }
            };
            store.event(connection, reference, caller.name(), quote.status(), to, "reference data " + changed);
            return changed;
        });
        audit.record(caller.name(), "quote " + pastTense(action), reference + "; reference data " + version);
        return store.find(reference);
    }

    /**
     * Expires the issued quotes past their validity and releases their holds, in the caller's transaction
     * (which holds the expiry lock); returns the references expired, for the caller to audit once committed.
     */
    List<String> expireDue(Connection connection) throws SQLException {
        List<String> expired = store.dueToExpire(connection, settings.today());
        for (String reference : expired) {
            String version = stock.release(connection, reference);
            store.decide(connection, reference, QuoteStatus.EXPIRED);
            store.event(connection, reference, SYSTEM, QuoteStatus.ISSUED, QuoteStatus.EXPIRED, "past its validity; reference data "
                    + version);
        }
        return expired;
    }

    private String issue(Connection connection, Quote quote) throws SQLException {
        if (!SolverStatus.OPTIMAL.name().equals(quote.solverStatus())) {
            throw new ConflictException("NOT_OPTIMAL", "quote " + quote.reference() + " has a result the solver did not prove"
                    + " optimal (" + quote.solverStatus() + "); requote it before issuing");
        }
        LocalDate validUntil = settings.today().plusDays(settings.validityDays());
        store.issue(connection, quote.reference(), validUntil);
        return stock.hold(connection, quote.reference(), Json.read(quote.resultJson(), QuoteResult.class));
    }

    private String accept(Connection connection, Quote quote) throws SQLException {
        if (quote.validUntil().isBefore(settings.today())) {
            throw new ConflictException("QUOTE_EXPIRED", "quote " + quote.reference() + " was valid until "
                    + UK_DATE.format(quote.validUntil()) + "; requote it");
        }
        store.decide(connection, quote.reference(), QuoteStatus.ACCEPTED);
        return stock.sell(connection, quote.reference(), Json.read(quote.resultJson(), QuoteResult.class));
    }

    private static String allowed(QuoteStatus status) {
        var actions = QuoteAction.byPeople(status);
        return actions.isEmpty() ? "; nothing more can be done with it"
                : "; it can be " + String.join(" or ", actions.stream().map(QuoteTransitions::pastTense).toList());
    }

    static String pastTense(QuoteAction action) {
        return switch (action) {
            case ISSUE -> "issued";
            case ACCEPT -> "accepted";
            case DECLINE -> "declined";
            case WITHDRAW -> "withdrawn";
            case EXPIRE -> "expired";
        };
    }
}
