package org.bngopt.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The document's formats (Q6): units to 3 decimals trimmed to at least 2, whole pounds, "3 December 2026". */
public final class DocumentFormats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DocumentFormats() {
    }

    /** 0.12387 → "0.124", 1.5 → "1.50", 0 → "0.00", 1234.5 → "1,234.50". */
    public static String units(BigDecimal units) {
        DecimalFormat format = new DecimalFormat("#,##0.00#", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(units);
    }

    /** Whole pounds: "£1,234". */
    public static String money(BigDecimal pounds) {
        DecimalFormat format = new DecimalFormat("£#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(pounds);
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
