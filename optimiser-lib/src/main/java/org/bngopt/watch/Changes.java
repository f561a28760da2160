package org.bngopt.watch;

import org.bngopt.quote.QuoteResult;
import org.bngopt.quotes.StockDraws;
import org.bngopt.quotes.StockDraws.Pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a new result supplies that the earlier one did not: more units of a habitat from a bank. */
public final class Changes {
    private static final BigDecimal NOISE = new BigDecimal("0.0005");
    private static final int MOST = 3;

    /** More units of a habitat from a bank than before. */
    public record More(String bankId, String bankName, String habitat, BigDecimal units) {
        public String said() {
            return bankId + " (" + bankName + ") now supplies " + units.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + " more units of " + habitat;
        }
    }

    private Changes() {
    }

    /** The pools that supply more in {@code after} than in {@code before} (null: nothing before), most first. */
    public static List<More> between(QuoteResult before, QuoteResult after) {
        Map<Pool, BigDecimal> earlier = before == null ? Map.of() : StockDraws.byPool(before);
        Map<String, String> bankNames = new HashMap<>();
        after.allocations().forEach(row -> bankNames.putIfAbsent(row.bankId(), row.bankName()));
        List<More> more = new ArrayList<>();
        StockDraws.byPool(after).forEach((pool, units) -> {
            BigDecimal gained = units.subtract(earlier.getOrDefault(pool, BigDecimal.ZERO));
            if (gained.compareTo(NOISE) >= 0) {
                more.add(new More(pool.bankId(), bankNames.get(pool.bankId()), pool.habitat(), gained));
            }
        });
        more.sort(Comparator.comparing(More::units).reversed().thenComparing(More::bankId).thenComparing(More::habitat));
        return more;
    }

    /** One sentence of the largest changes, or that the suppliers are the same. */
    public static String said(List<More> more) {
        if (more.isEmpty()) {
            return "The banks and habitats supplying it are the same as before.";
        }
        List<String> parts = more.stream().limit(MOST).map(More::said).toList();
        return String.join("; ", parts) + (more.size() > MOST ? "; and " + (more.size() - MOST) + " more." : ".");
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }
}
