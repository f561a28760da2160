package org.bngopt.quotes.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.bngopt.document.ClientDocument;
import org.bngopt.document.DocumentRow;
import org.bngopt.document.DocumentSection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The client document as an e-mail (quotes.md Q6): to the client, subject
 * {@code RE: BNG Units for site at <location> - <reference>}, a plain-text and an HTML part saying the same,
 * naming the introducer when there is one, and the PDF attached.
 */
public final class DocumentMail {
    private DocumentMail() {
    }

    public static String subject(ClientDocument model) {
        ClientDocument.Site site = model.site();
        String place = site.location() != null ? site.location() : site.postcode() != null ? site.postcode()
                : site.lpa() != null ? site.lpa() : "your development";
        return "RE: BNG Units for site at " + place + " - " + model.reference();
    }

    /** The message, built in {@code session} (one without a server to compose only). */
    public static MimeMessage compose(ClientDocument model, byte[] pdf, String to, String from, Session session)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject(model), StandardCharsets.UTF_8.name());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(plain(model), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(html(model), "text/html; charset=UTF-8");
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(model.reference() + ".pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    public static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("could not write the message", e);
        }
    }

    static String plain(ClientDocument model) {
        StringBuilder text = new StringBuilder("Dear ").append(model.client().name()).append(",\n\n")
                .append("Please find attached our quote ").append(model.reference()).append(" for Biodiversity Net Gain units")
                .append(introduced(model)).append(". The total is ").append(model.text().total()).append(' ').append(model.vatNote());
        if (!model.text().validUntil().isEmpty()) {
            text.append(", and the price holds until ").append(model.text().validUntil());
        }
        text.append(".\n\n");
        for (DocumentSection section : model.sections()) {
            text.append(section.title()).append(":\n");
            for (DocumentRow row : section.rows()) {
                text.append("- ").append(row.text().habitatSupplied()).append(", ").append(row.text().unitsSupplied())
                        .append(" units: ").append(row.text().cost()).append('\n');
            }
        }
        text.append("\nNext steps\n");
        model.nextSteps().forEach(step -> text.append("- ").append(step).append('\n'));
        return text.append("\nKind regards,\n").append(model.brand().name()).append('\n').append(model.brand().address())
                .append('\n').append(model.brand().email()).append('\n').toString();
    }

    static String html(ClientDocument model) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body style=\"font-family:Arial,sans-serif;color:#222\">")
                .append("<p>Dear ").append(escape(model.client().name())).append(",</p><p>Please find attached our quote <strong>")
                .append(escape(model.reference())).append("</strong> for Biodiversity Net Gain units").append(escape(introduced(model)))
                .append(". The total is <strong>").append(escape(model.text().total())).append("</strong> ").append(model.vatNote());
        if (!model.text().validUntil().isEmpty()) {
            html.append(", and the price holds until ").append(escape(model.text().validUntil()));
        }
        html.append(".</p>");
        for (DocumentSection section : model.sections()) {
            html.append("<h3 style=\"color:#1b5e20\">").append(escape(section.title())).append("</h3><ul>");
            for (DocumentRow row : section.rows()) {
                html.append("<li>").append(escape(row.text().habitatSupplied())).append(", ").append(row.text().unitsSupplied())
                        .append(" units: ").append(escape(row.text().cost())).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<h3 style=\"color:#1b5e20\">Next steps</h3><ul>");
        model.nextSteps().forEach(step -> html.append("<li>").append(escape(step)).append("</li>"));
        return html.append("</ul><p>Kind regards,<br>").append(escape(model.brand().name())).append("<br>")
                .append(escape(model.brand().address())).append("<br>").append(escape(model.brand().email()))
                .append("</p></body></html>").toString();
    }

    private static String introduced(ClientDocument model) {
        ClientDocument.Site site = model.site();
        String place = site.location() == null ? "" : " for the site at " + site.location();
        return place + (model.introducer() == null ? "" : ", introduced to us by " + model.introducer().name());
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
