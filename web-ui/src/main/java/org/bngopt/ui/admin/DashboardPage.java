package org.bngopt.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.DashboardView;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The admins' dashboard: quotes issued, accepted and expired per month with their value, the acceptance
 * rate and the top LPAs, with a bar chart of the value issued and accepted drawn as SVG by the page.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {
    /** The chart's drawing height in SVG units; bars scale to the largest month. */
    static final int CHART_HEIGHT = 160;
    static final int BAR_STEP = 40;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    @Inject
    Api api;

    private DashboardView figures;

    /** One month's two bars: the value issued and the value accepted, as heights and their labels. */
    public record Bar(String month, int x, int issuedHeight, int acceptedHeight, String issued, String accepted) {
    }

    public DashboardView getFigures() {
        if (figures == null) {
            figures = api.quotes().dashboard();
        }
        return figures;
    }

    public List<Bar> getBars() {
        BigDecimal largest = getFigures().months().stream().map(month -> month.issuedValue().max(month.acceptedValue()))
                .reduce(BigDecimal.ONE, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (DashboardView.Month month : getFigures().months()) {
            bars.add(new Bar(month(month.month()), x, height(month.issuedValue(), largest), height(month.acceptedValue(), largest),
                    org.bngopt.ui.quote.ResultView.money(month.issuedValue()), org.bngopt.ui.quote.ResultView.money(month.acceptedValue())));
            x += BAR_STEP;
        }
        return bars;
    }

    public int getChartWidth() {
        return getFigures().months().size() * BAR_STEP;
    }

    public int getChartHeight() {
        return CHART_HEIGHT;
    }

    /** "62%", or "–" when no quote was decided. */
    public String getAcceptanceRate() {
        BigDecimal rate = getFigures().acceptanceRate();
        return rate == null ? "–" : rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String month(String yearMonth) {
        return MONTH.format(YearMonth.parse(yearMonth));
    }

    private static int height(BigDecimal value, BigDecimal largest) {
        return value.multiply(BigDecimal.valueOf(CHART_HEIGHT)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }
}
