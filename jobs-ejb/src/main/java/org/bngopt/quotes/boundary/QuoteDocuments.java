package org.bngopt.quotes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.document.ClientDocument;
import org.bngopt.document.ClientDocuments;
import org.bngopt.document.DocumentFacts;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.jobs.boundary.Caller;
import org.bngopt.parties.control.CustomerStore;
import org.bngopt.parties.entity.Customer;
import org.bngopt.quotes.QuoteStatus;
import org.bngopt.quotes.control.DocumentMail;
import org.bngopt.quotes.control.DocumentPdf;
import org.bngopt.quotes.control.DocumentSettings;
import org.bngopt.quotes.control.Outgoing;
import org.bngopt.quotes.control.Pricing;
import org.bngopt.quotes.control.QuoteMessages;
import org.bngopt.quotes.control.QuoteSettings;
import org.bngopt.quotes.entity.Quote;
import org.bngopt.quotes.entity.QuoteMessage;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.boundary.ReferenceSnapshots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The client document of a quote (quotes.md Q6): the model, its PDF and its e-mail, and sending it. With
 * {@code MAIL_SMTP_HOST} a send goes over SMTP; without it the message goes to the outbox; a refused send is
 * kept too, with the reason. Every send is recorded on the quote and audited.
 */
@ApplicationScoped
public class QuoteDocuments {
    @Inject
    Quotes quotes;

    @Inject
    CustomerStore customers;

    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    DocumentSettings settings;

    @Inject
    Outgoing outgoing;

    @Inject
    QuoteMessages messages;

    @Inject
    AuditLog audit;

    public Optional<ClientDocument> document(String reference, Caller caller) {
        return quotes.find(reference, caller).map(this::model);
    }

    public Optional<byte[]> pdf(String reference, Caller caller) {
        return quotes.find(reference, caller).map(quote -> DocumentPdf.render(model(quote), day(quote)));
    }

    /** The message as it would be sent, as {@code .eml} bytes. */
    public Optional<byte[]> email(String reference, Caller caller) {
        return quotes.find(reference, caller).map(quote -> DocumentMail.bytes(compose(quote, jakarta.mail.Session.getInstance(
                new Properties()))));
    }

    /** Sends the document to the client; empty when the caller has no such quote. */
    public Optional<QuoteMessage> send(String reference, Caller caller) {
        Optional<Quote> found = quotes.find(reference, caller);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Quote quote = found.get();
        if (quote.status() != QuoteStatus.ISSUED && quote.status() != QuoteStatus.ACCEPTED) {
            throw new ConflictException("NOT_ISSUED", "quote " + reference + " is " + quote.status().described()
                    + "; issue it before sending it to the client");
        }
        QuoteMessage recorded = outgoing.deliver(compose(quote, outgoing.session()), reference, caller.name());
        String reason = recorded.reason();
        audit.record(caller.name(), switch (Outgoing.Delivery.valueOf(recorded.status())) {
            case SENT -> "quote sent";
            case OUTBOX -> "quote put in the outbox";
            case FAILED -> "quote not sent";
        }, reference + " to " + recorded.recipient() + (reason == null ? "" : ": " + reason));
        return Optional.of(recorded);
    }

    public List<QuoteMessage> messages(String reference) {
        return messages.of(reference);
    }

    /** Admins: what has not gone out. */
    public List<QuoteMessage> outbox() {
        return messages.outbox();
    }

    public Optional<byte[]> message(long id) {
        return messages.eml(id);
    }

    private MimeMessage compose(Quote quote, jakarta.mail.Session session) {
        ClientDocument model = model(quote);
        String to = recipient(quote);
        try {
            return DocumentMail.compose(model, DocumentPdf.render(model, day(quote)), to, outgoing.from(settings.brand().email()),
                    session);
        } catch (MessagingException e) {
            throw new ConflictException("BAD_ADDRESS", "the message to " + to + " cannot be written: " + e.getMessage());
        }
    }

    private String recipient(Quote quote) {
        Customer customer = customers.find(quote.customerId()).orElseThrow();
        if (customer.email() == null || customer.email().isBlank()) {
            throw new ConflictException("NO_EMAIL", "the client " + customer.name() + " has no e-mail address; add one on Customers");
        }
        return customer.email();
    }

    private ClientDocument model(Quote quote) {
        Map<String, String> distinctiveness = snapshots.current().habitats().stream()
                .collect(Collectors.toMap(Habitat::name, habitat -> habitat.distinctiveness() == null ? "" : habitat.distinctiveness(),
                        (one, other) -> one));
        Pricing pricing = Pricing.of(quote);
        DocumentFacts facts = new DocumentFacts(settings.brand(), quote.reference(),
                quote.issuedAt() == null ? null : quote.issuedAt().atZoneSameInstant(QuoteSettings.LONDON).toLocalDate(),
                quote.validUntil(), new ClientDocument.Client(quote.customerName(), quote.customerCompany()),
                new ClientDocument.Site(quote.siteLocation(), quote.sitePostcode(), quote.lpa(), quote.nca()), quote.introducerName(),
                quote.referenceVersion(), settings.nextSteps(), settings.largeOrderSteps());
        return ClientDocuments.build(pricing.result(), pricing.manualLines(), name -> Optional.ofNullable(distinctiveness.get(name)),
                facts);
    }

    /** The document's day: its issue day, or the day a draft was saved. */
    private static LocalDate day(Quote quote) {
        return (quote.issuedAt() != null ? quote.issuedAt() : quote.createdAt()).atZoneSameInstant(QuoteSettings.LONDON).toLocalDate();
    }
}
