package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/** The settings of quotes; a quote's days are the broker's, in London. */
@ApplicationScoped
public class QuoteSettings {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    @ConfigProperty(name = "QUOTE_VALIDITY_DAYS", defaultValue = "30")
    int validityDays;

    @Inject
    @ConfigProperty(name = "FELLED_WOODLAND_PRICE", defaultValue = "15000")
    BigDecimal felledWoodlandPrice;

    @Inject
    @ConfigProperty(name = "QUOTE_EXPIRY_INTERVAL_SECONDS", defaultValue = "3600")
    long expiryIntervalSeconds;

    /** How many days after its issue day a quote may still be accepted. */
    public int validityDays() {
        if (validityDays < 1 || validityDays > 3650) {
            throw new IllegalStateException("QUOTE_VALIDITY_DAYS must be from 1 to 3650, not " + validityDays);
        }
        return validityDays;
    }

    /** The price per unit offered for a felled-woodland line (quotes.md Q5). */
    public BigDecimal felledWoodlandPrice() {
        if (felledWoodlandPrice.signum() < 0) {
            throw new IllegalStateException("FELLED_WOODLAND_PRICE must not be negative");
        }
        return felledWoodlandPrice;
    }

    /** How often each instance tries to expire quotes (at most hourly; tests shorten it). */
    public Duration expiryInterval() {
        return Duration.ofSeconds(Math.max(1, Math.min(3600, expiryIntervalSeconds)));
    }

    public LocalDate today() {
        return LocalDate.now(Clock.system(LONDON));
    }
}
