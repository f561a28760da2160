package org.bngopt.api.quotes;

import org.bngopt.contract.CustomerView;
import org.bngopt.contract.MessageView;
import org.bngopt.contract.QuoteSummary;
import org.bngopt.contract.QuoteView;
import org.bngopt.json.Json;
import org.bngopt.parties.entity.Customer;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quotes.QuoteAction;
import org.bngopt.quotes.entity.Quote;
import org.bngopt.quotes.entity.QuoteEvent;
import org.bngopt.quotes.entity.QuoteMessage;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

/** From the business records to the contract of the quotes API. */
public final class QuoteViews {
    private QuoteViews() {
    }

    public static QuoteView full(Quote quote, Customer customer, List<QuoteEvent> events, List<Quote> family,
                                 List<QuoteMessage> messages) {
        return new QuoteView(quote.reference(), quote.baseReference(), quote.revision(), quote.status().name(),
                customer(customer), quote.introducerId() == null ? null : new QuoteView.Introducer(quote.introducerId(),
                quote.introducerName()), new QuoteView.Site(quote.siteLocation(), quote.sitePostcode(), quote.lpa(), quote.nca()),
                quote.notes(), quote.jobId().toString(), quote.referenceVersion(), quote.solverStatus(),
                new QuoteView.Totals(quote.resultTotal(), quote.manualSubtotal(), quote.total()),
                Arrays.asList(Json.read(quote.manualLinesJson(), org.bngopt.quotes.ManualLine[].class)),
                Json.read(quote.requestJson(), QuoteRequest.class), Json.read(quote.resultJson(), QuoteResult.class),
                quote.createdBy(), text(quote.createdAt()), text(quote.issuedAt()), text(quote.validUntil()),
                text(quote.decidedAt()), QuoteAction.byPeople(quote.status()).stream().map(QuoteAction::code).toList(),
                events.stream().map(event -> new QuoteView.Event(text(event.at()), event.actor(), event.fromStatus(),
                        event.toStatus(), event.detail())).toList(),
                family.stream().map(member -> new QuoteView.Revision(member.reference(), member.status().name(), member.total(),
                        text(member.createdAt()))).toList(), messages.stream().map(QuoteViews::message).toList());
    }

    public static MessageView message(QuoteMessage message) {
        return new MessageView(message.id(), message.reference(), text(message.createdAt()), message.createdBy(), message.recipient(),
                message.subject(), message.status(), message.reason());
    }

    public static QuoteSummary summary(Quote quote) {
        return new QuoteSummary(quote.reference(), quote.status().name(), quote.customerId(), quote.customerName(),
                quote.customerCompany(), quote.siteLocation(), quote.lpa(), quote.nca(), quote.total(), quote.createdBy(),
                text(quote.createdAt()), text(quote.validUntil()));
    }

    public static CustomerView customer(Customer customer) {
        return new CustomerView(customer.id(), customer.name(), customer.company(), customer.email(), customer.phone(),
                customer.address(), customer.quotes(), customer.createdBy(), text(customer.createdAt()));
    }

    private static String text(Temporal time) {
        return time == null ? null : time.toString();
    }
}
