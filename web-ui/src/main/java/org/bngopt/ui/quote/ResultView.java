package org.bngopt.ui.quote;

import org.bngopt.json.Json;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.DiscountType;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.PromoterDiscount;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.UnmetUnits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A result as the page shows it: the §12 result in words and UK formats (units to 3 decimals, money to
 * the penny), the unmet units per ledger, units and cost per bank per ledger, and the promoter discount.
 * Unmet units that round to 0.000 are noise ({@link UnmetUnits}).
 */
public final class ResultView {
    static final List<String> LEDGERS = List.of("area", "hedgerow", "watercourse");

    /** Units per ledger and cost drawn from one bank. */
    public record BankTotal(String bankId, String bankName, Map<String, BigDecimal> units, BigDecimal cost) {
        public BigDecimal unitsOf(String ledger) {
            return units.getOrDefault(ledger, BigDecimal.ZERO);
        }
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("normal", "Normal"), Map.entry("paired", "Paired"),
            Map.entry("local", "Local"), Map.entry("adjacent", "Adjacent"), Map.entry("far", "Far"),
            Map.entry("exact", "Exact price"), Map.entry("low-proxy", "Low-distinctiveness proxy"),
            Map.entry("group-proxy", "Habitat-group proxy"), Map.entry("ledger-proxy", "Ledger proxy"),
            Map.entry("area", "Area"), Map.entry("hedgerow", "Hedgerow"), Map.entry("watercourse", "Watercourse"),
            Map.entry("small", "Small"), Map.entry("medium", "Medium"), Map.entry("large", "Large"),
            Map.entry("main", "Main habitat"), Map.entry("companion", "Companion habitat"),
            Map.entry("OPTIMAL", "Optimal"), Map.entry("TIME_LIMIT", "Best found within the time limit"));
    private static final Map<String, String> WARNINGS = Map.of(
            "BANK_LIMIT_EXCEEDED", "The bank limit was lifted because keeping it would leave demand unmet.",
            "MINIMUM_DELIVERY_APPLIED", "The quote was raised to the minimum delivery of 0.01 units.",
            "MINIMUM_DELIVERY_NOT_MET", "The minimum delivery of 0.01 units could not be reached.");

    private final QuoteResult result;
    private final PromoterDiscount discount;

    public ResultView(QuoteResult result, PromoterDiscount discount) {
        this.result = result;
        this.discount = discount == null ? PromoterDiscount.NONE : discount;
    }

    public QuoteResult getResult() {
        return result;
    }

    public List<Allocation> getAllocations() {
        return result.allocations();
    }

    public List<LineResult> getLines() {
        return result.lines();
    }

    // --- what is missing

    /** Unmet units per ledger (in ledger order), without noise; empty when the quote covers all demand. */
    public Map<String, BigDecimal> getUnmetByLedger() {
        return UnmetUnits.byLedger(result);
    }

    public boolean isIncomplete() {
        return !getUnmetByLedger().isEmpty();
    }

    /** "1.250 area units and 0.300 hedgerow units". */
    public String getUnmetSummary() {
        List<String> parts = new ArrayList<>();
        getUnmetByLedger().forEach((ledger, units) -> parts.add(units(units) + " " + ledger + " units"));
        return String.join(" and ", parts);
    }

    /** The line's unmet units as shown, or blank when it is met (noise included). */
    public String unmet(LineResult line) {
        return UnmetUnits.isUnmet(line.unmetUnits()) ? units(line.unmetUnits()) : "";
    }

    /** True for an unmet line the banks could have supplied: the statement of unavailability explains it. */
    public boolean explainable(LineResult line) {
        return UnmetUnits.isUnmet(line.unmetUnits()) && !"MANUAL_PRICING_REQUIRED".equals(line.reason());
    }

    /** Why a line is unmet, in words that agree with the result's bank limit. */
    public String reason(LineResult line) {
        if (!UnmetUnits.isUnmet(line.unmetUnits()) || line.reason() == null) {
            return "";
        }
        return switch (line.reason()) {
            case "INSUFFICIENT_STOCK" -> result.bankLimit() == null
                    ? "Not enough legal stock at any bank (the bank limit was lifted)"
                    : "Not enough legal stock within the bank limit of " + result.bankLimit();
            case "NO_LEGAL_SUPPLY" -> "No bank has stock that may legally offset this habitat";
            case "MANUAL_PRICING_REQUIRED" -> "Felled woodland is priced by hand, not by the optimiser";
            default -> line.reason();
        };
    }

    // --- per bank

    public List<BankTotal> getBankTotals() {
        Map<String, BankTotal> totals = new TreeMap<>();
        for (Allocation a : result.allocations()) {
            String ledger = result.lines().get(a.lineIndex()).ledger();
            BankTotal known = totals.get(a.bankId());
            Map<String, BigDecimal> units = known == null ? new TreeMap<>() : new TreeMap<>(known.units());
            units.merge(ledger, a.units(), BigDecimal::add);
            totals.put(a.bankId(), new BankTotal(a.bankId(), a.bankName(), units,
                    known == null ? a.cost() : known.cost().add(a.cost())));
        }
        return List.copyOf(totals.values());
    }

    /** The ledgers any allocation draws on, for the columns of the per-bank table. */
    public List<String> getLedgersUsed() {
        return LEDGERS.stream().filter(ledger -> result.allocations().stream()
                .anyMatch(a -> ledger.equals(result.lines().get(a.lineIndex()).ledger()))).toList();
    }

    /**
     * A Chart.js bar chart of cost by bank, for {@code p:chart}, which writes it inside a {@code <script>}:
     * so no bank name can close the element or start markup.
     */
    public String getCostChart() {
        List<BankTotal> banks = getBankTotals();
        Map<String, Object> dataset = Map.of("label", "Cost (£)", "backgroundColor", "#2e7d32",
                "data", banks.stream().map(BankTotal::cost).toList());
        Map<String, Object> data = Map.of("labels", banks.stream().map(bank -> bank.bankId() + " " + bank.bankName()).toList(),
                "datasets", List.of(dataset));
        return scriptSafe(Json.canonical(Map.of("type", "bar", "data", data,
                "options", Map.of("plugins", Map.of("legend", Map.of("display", false))))));
    }

    /** JSON that means the same but holds no {@code <}, {@code >}, {@code &} or line separators, which only strings can hold. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    // --- totals

    /** The promoter discount in words, or null when there is none. */
    public String getDiscount() {
        if (discount.type() == DiscountType.PERCENTAGE && discount.value() != null && discount.value().signum() > 0) {
            return discount.value().stripTrailingZeros().toPlainString() + "% off every unit price, included in the prices below";
        }
        if (discount.type() == DiscountType.TIER_UP) {
            return "Tier up: priced as the next contract size up, included in the prices below";
        }
        return null;
    }

    /**
     * What a percentage discount took off the subtotal: the undiscounted cost of each allocation less its
     * cost. Prices are rounded to pence after the discount (R4.3), so this is right to within pence.
     */
    public BigDecimal getDiscountSaving() {
        if (discount.type() != DiscountType.PERCENTAGE || discount.value() == null || discount.value().signum() <= 0
                || discount.value().compareTo(new BigDecimal(100)) >= 0) {
            return null;
        }
        BigDecimal kept = BigDecimal.ONE.subtract(discount.value().movePointLeft(2));
        BigDecimal undiscounted = result.subtotal().divide(kept, 2, RoundingMode.HALF_UP);
        return undiscounted.subtract(result.subtotal());
    }

    public String getBanksUsed() {
        return result.banksUsed().isEmpty() ? "none" : String.join(", ", result.banksUsed());
    }

    public String getBankLimit() {
        return result.bankLimit() == null ? "lifted" : String.valueOf(result.bankLimit());
    }

    public List<String> getWarnings() {
        return result.warnings().stream().map(code -> WARNINGS.getOrDefault(code, code)).toList();
    }

    // --- formats

    public String words(Object code) {
        return code == null ? "" : WORDS.getOrDefault(code.toString(), code.toString());
    }

    public static String units(BigDecimal value) {
        return value == null ? "" : format(value, 3, "");
    }

    public static String money(BigDecimal value) {
        return value == null ? "" : format(value, 2, "£");
    }

    private static String format(BigDecimal value, int decimals, String symbol) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value.abs());
        return (value.signum() < 0 ? "−" : "") + symbol + text;
    }
}
