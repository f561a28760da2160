package org.bngopt.ui.quote;

import org.bngopt.json.Json;
import org.bngopt.quote.Allocation;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A result as the page shows it: the §12 result plus per-bank totals and reasons in plain words. */
public final class ResultView {

    /** Units and cost drawn from one bank. */
    public record BankTotal(String bankId, String bankName, BigDecimal units, BigDecimal cost) {
    }

    private static final Map<String, String> REASONS = Map.of(
            "INSUFFICIENT_STOCK", "Not enough legal stock within the bank limit",
            "NO_LEGAL_SUPPLY", "No bank has stock that may legally offset this habitat",
            "MANUAL_PRICING_REQUIRED", "Felled woodland is priced by hand, not by the optimiser");
    private static final Map<String, String> WARNINGS = Map.of(
            "BANK_LIMIT_EXCEEDED", "The bank limit was lifted because keeping it would leave demand unmet.",
            "MINIMUM_DELIVERY_APPLIED", "The quote was raised to the minimum delivery of 0.01 units.",
            "MINIMUM_DELIVERY_NOT_MET", "The minimum delivery of 0.01 units could not be reached.");

    private final QuoteResult result;

    public ResultView(QuoteResult result) {
        this.result = result;
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

    public List<BankTotal> getBankTotals() {
        Map<String, BankTotal> totals = new TreeMap<>();
        for (Allocation a : result.allocations()) {
            totals.merge(a.bankId(), new BankTotal(a.bankId(), a.bankName(), a.units(), a.cost()),
                    (x, y) -> new BankTotal(x.bankId(), x.bankName(), x.units().add(y.units()), x.cost().add(y.cost())));
        }
        return List.copyOf(totals.values());
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

    public List<String> getWarnings() {
        return result.warnings().stream().map(code -> WARNINGS.getOrDefault(code, code)).toList();
    }

    public static String reason(String code) {
        return code == null ? "" : REASONS.getOrDefault(code, code);
    }
}
