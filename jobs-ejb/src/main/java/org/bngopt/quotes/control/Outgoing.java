package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.bngopt.quotes.entity.QuoteMessage;

import java.util.Properties;

/**
 * Outgoing e-mail: over SMTP when {@code MAIL_SMTP_HOST} is set, else into the outbox; a message the server
 * refuses is kept with the reason. Every message composed is recorded, so nothing is lost.
 */
@ApplicationScoped
public class Outgoing {
    /** What became of a message. */
    public enum Delivery { SENT, OUTBOX, FAILED }

    @Inject
    MailSettings mail;

    @Inject
    QuoteMessages messages;

    /** The session to compose a message in: the server's when there is one. */
    public Session session() {
        return Session.getInstance(mail.configured() ? mail.properties() : new Properties());
    }

    public String from(String brandEmail) {
        return mail.from(brandEmail);
    }

    /** Delivers (or keeps) the message, written whole; {@code reference} is the quote it is about, or null. */
    public QuoteMessage deliver(MimeMessage message, String reference, String by) {
        Delivery delivery = Delivery.OUTBOX;
        String reason = null;
        if (mail.configured()) {
            try {
                Transport.send(message, mail.user().orElse(null), mail.password());
                delivery = Delivery.SENT;
            } catch (MessagingException e) {
                delivery = Delivery.FAILED;
                reason = reasonOf(e);
            }
        }
        try {
            return messages.record(reference, by, message.getRecipients(MimeMessage.RecipientType.TO)[0].toString(),
                    message.getSubject(), DocumentMail.bytes(message), delivery.name(), reason);
        } catch (MessagingException e) {
            throw new IllegalStateException("a message without a recipient or subject cannot be kept", e);
        }
    }

    private static String reasonOf(MessagingException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return reason.length() > 300 ? reason.substring(0, 300) + "…" : reason;
    }
}
