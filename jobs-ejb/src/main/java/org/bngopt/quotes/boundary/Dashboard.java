package org.bngopt.quotes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.quotes.control.QuoteSettings;
import org.bngopt.quotes.control.QuoteStatistics;
import org.bngopt.quotes.entity.QuoteFigures;

/** The admin dashboard's figures over the last twelve months. */
@ApplicationScoped
public class Dashboard {
    static final int MONTHS = 12;

    @Inject
    QuoteStatistics statistics;

    @Inject
    QuoteSettings settings;

    public QuoteFigures figures() {
        return statistics.figures(settings.today(), MONTHS);
    }
}
