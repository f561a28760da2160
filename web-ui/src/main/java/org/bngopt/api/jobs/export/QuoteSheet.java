package org.bngopt.api.jobs.export;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.DiscountType;
import org.bngopt.quote.PromoterDiscount;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.Site;
import org.bngopt.quote.UnmetUnits;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A finished quote as one sheet of rows, for the CSV, Excel and PDF exports: the quote's facts, its
 * totals (with an "Incomplete" row when demand is unmet), the allocations and the demand lines. Cells are
 * text or numbers; numbers stay numbers (no £ in a cell; the column heading says GBP).
 */
public record QuoteSheet(String title, String fileName, List<List<Object>> rows) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    public static QuoteSheet of(String jobId, OffsetDateTime createdAt, QuoteRequest request, QuoteResult result) {
        String shortId = jobId.substring(0, 8);
        Site site = request.site() == null ? Site.NONE : request.site();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("BNG quote", shortId));
        rows.add(row("Job", jobId));
        rows.add(row("Created", createdAt.atZoneSameInstant(ZoneId.of("Europe/London")).format(DAY)));
        rows.add(row("Site LPA", site.lpa() == null ? "" : site.lpa()));
        rows.add(row("Site NCA", site.nca() == null ? "" : site.nca()));
        rows.add(row("Reference data", result.referenceDataVersion()));
        rows.add(row());
        rows.add(row("Contract size", result.contractSize()));
        PromoterDiscount discount = request.options() == null ? null : request.options().promoterDiscount();
        if (discount != null && discount.type() == DiscountType.PERCENTAGE && discount.value() != null) {
            rows.add(row("Promoter discount (% off unit prices, included)", discount.value()));
        } else if (discount != null && discount.type() == DiscountType.TIER_UP) {
            rows.add(row("Promoter discount", "tier up: priced as the next contract size, included"));
        }
        rows.add(row("Subtotal (GBP)", result.subtotal()));
        rows.add(row("SUO discount (GBP)", result.suoDiscount()));
        rows.add(row("Admin fee (GBP)", result.adminFee()));
        rows.add(row("Total (GBP)", result.total()));
        UnmetUnits.byLedger(result).forEach((ledger, unmet) -> rows.add(row("Incomplete: unmet " + ledger + " units", unmet)));
        rows.add(row());
        rows.add(row("Allocations"));
        rows.add(row("Line", "Bank", "Bank name", "Supply habitat", "Type", "Tier", "SRM", "Units", "Stock units",
                "Unit price (GBP)", "Cost (GBP)", "Price source"));
        for (Allocation a : result.allocations()) {
            rows.add(row(a.lineIndex() + 1, a.bankId(), a.bankName(), a.supplyHabitat(), a.allocationType(), a.tier(), a.srm(),
                    a.units(), a.stockUnits(), a.unitPrice(), a.cost(), a.priceSource()));
        }
        rows.add(row());
        rows.add(row("Demand lines"));
        rows.add(row("Line", "Habitat", "Ledger", "Units", "Delivered", "Unmet", "Why unmet"));
        for (LineResult line : result.lines()) {
            boolean unmet = UnmetUnits.isUnmet(line.unmetUnits());
            rows.add(row(line.lineIndex() + 1, line.habitat(), line.ledger(), line.units(), line.deliveredUnits(),
                    unmet ? line.unmetUnits() : BigDecimal.ZERO, unmet && line.reason() != null ? line.reason() : ""));
        }
        String day = createdAt.atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate().toString();
        return new QuoteSheet("BNG quote " + shortId, "bng-quote-" + day + "-" + shortId, rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.stream(cells).map(cell -> cell instanceof Integer whole ? BigDecimal.valueOf(whole) : cell).toList();
    }

    /**
     * Text as a spreadsheet must receive it: a cell that starts with {@code = + - @}, a tab or a carriage
     * return would be read as a formula (CSV injection), so it gets a leading apostrophe.
     */
    public static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
