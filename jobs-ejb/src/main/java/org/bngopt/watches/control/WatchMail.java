package org.bngopt.watches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bngopt.quotes.control.DocumentSettings;
import org.bngopt.quotes.control.Outgoing;
import org.bngopt.watches.entity.Watch;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;

/** A watch's notification by e-mail, through the outbox or SMTP of the client document. */
@ApplicationScoped
public class WatchMail {
    private static final Logger LOG = Logger.getLogger(WatchMail.class.getName());

    @Inject
    Outgoing outgoing;

    @Inject
    DocumentSettings brand;

    public void send(Watch watch, String text, UUID jobId) {
        String subject = "BNG watch: " + watch.name();
        try {
            MimeMessage message = new MimeMessage(outgoing.session());
            message.setFrom(new InternetAddress(outgoing.from(brand.brand().email()), true));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(watch.email(), true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text + "\n\nThe new result is quote " + jobId + " on the New quote page.\n\n" + brand.brand().name() + "\n",
                    StandardCharsets.UTF_8.name());
            message.saveChanges();
            outgoing.deliver(message, null, "watch:" + watch.id());
        } catch (MessagingException e) {
            LOG.warning(() -> "the notification of watch " + watch.id() + " could not be written to " + watch.email() + ": "
                    + e.getMessage());
        }
    }
}
