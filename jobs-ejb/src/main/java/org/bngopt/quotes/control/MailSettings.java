package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * Where the client document is sent from: {@code MAIL_SMTP_HOST} (unset: messages go to the outbox),
 * {@code MAIL_SMTP_PORT}, {@code MAIL_SMTP_USER} and {@code MAIL_SMTP_PASSWORD}, {@code MAIL_SMTP_TLS}
 * (STARTTLS, required when true) and {@code MAIL_FROM}.
 */
@ApplicationScoped
public class MailSettings {
    static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_PORT", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_TLS", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "MAIL_FROM")
    Optional<String> from;

    public boolean configured() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    /** The sender: {@code MAIL_FROM}, else the brand's e-mail. */
    public String from(String brandEmail) {
        return from.filter(address -> !address.isBlank()).orElse(brandEmail);
    }

    public Optional<String> user() {
        return user.filter(name -> !name.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    /** The Jakarta Mail session properties for the configured server, with timeouts so a dead server cannot hang a send. */
    public Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(tls));
        properties.put("mail.smtp.starttls.required", String.valueOf(tls));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        return properties;
    }
}
