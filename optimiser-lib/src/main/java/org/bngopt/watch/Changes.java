package org.bngopt.watch;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.QuoteResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        Map<String, BigDecimal> earlier = before == null ? Map.of() : supplied(before);
        Map<String, More> now = new LinkedHashMap<>();
        for (Allocation row : after.allocations()) {
            List<String> habitats = row.parts() == null || row.parts().isEmpty() ? List.of(row.supplyHabitat())
                    : row.parts().stream().map(AllocationPart::habitat).toList();
            for (String habitat : habitats) {
                String key = row.bankId() + "|" + habitat;
                BigDecimal units = supplied(after).get(key).subtract(earlier.getOrDefault(key, BigDecimal.ZERO));
                if (units.compareTo(NOISE) >= 0) {
                    now.putIfAbsent(key, new More(row.bankId(), row.bankName(), habitat, units));
                }
            }
        }
        List<More> more = new ArrayList<>(now.values());
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

    /** The stock units per pool ("bank|habitat"): what each bank supplies of each habitat. */
    private static Map<String, BigDecimal> supplied(QuoteResult result) {
        Map<String, BigDecimal> units = new LinkedHashMap<>();
        for (Allocation row : result.allocations()) {
            if (row.parts() == null || row.parts().isEmpty()) {
                units.merge(row.bankId() + "|" + row.supplyHabitat(), row.stockUnits(), BigDecimal::add);
            } else {
                row.parts().forEach(part -> units.merge(row.bankId() + "|" + part.habitat(), part.stockUnits(), BigDecimal::add));
            }
        }
        return units;
    }
}
