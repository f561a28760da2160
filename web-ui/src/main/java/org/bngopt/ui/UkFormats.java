package org.bngopt.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.bngopt.ui.quote.ResultView;

import java.math.BigDecimal;
import java.util.Locale;

/** Money, units and statuses as the pages show them: £1,234.56, 1.250, "Issued". */
@Named
@ApplicationScoped
public class UkFormats {
    public String money(BigDecimal amount) {
        return ResultView.money(amount);
    }

    public String units(BigDecimal units) {
        return ResultView.units(units);
    }

    /** A status code as a word: {@code ISSUED} → "Issued". */
    public String status(String code) {
        return code == null || code.isEmpty() ? "" : code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
    }
}
