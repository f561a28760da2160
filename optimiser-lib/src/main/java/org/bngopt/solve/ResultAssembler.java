package org.bngopt.solve;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.DemandLine;
import org.bngopt.quote.LineResult;
import org.bngopt.reference.Bank;
import org.bngopt.rules.StockPools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the solver's delivered units into result rows: R10.1 unit rounding and line adjustment,
 * R11 minimum delivery, R10.3 money and the per-line status of R9.
 */
final class ResultAssembler {
    static final BigDecimal MINIMUM_DELIVERY = new BigDecimal("0.01");
    private static final BigDecimal LINE_SNAP = new BigDecimal("0.000002");

    /** An allocation being rounded; units change while R10.1 and R11 run. */
    static final class Draft {
        final Option option;
        BigDecimal units;

        Draft(Option option, BigDecimal units) {
            this.option = option;
            this.units = units;
        }
    }

    static final Comparator<Draft> RESULT_ORDER = Comparator.<Draft>comparingInt(d -> d.option.lineIndex())
            .thenComparing(d -> d.option.bankId())
            .thenComparing(d -> d.option.supply())
            .thenComparing(d -> companionKey(d.option));

    private static final Comparator<Draft> PADDING_ORDER = Comparator.<Draft, BigDecimal>comparing(d -> d.option.unitPrice())
            .thenComparing(d -> d.option.bankId())
            .thenComparing(d -> d.option.supply())
            .thenComparing(d -> companionKey(d.option))
            .thenComparingInt(d -> d.option.lineIndex());

    private static String companionKey(Option option) {
        return option.companion() == null ? "" : option.companion();
    }

    /** R10.1: rounded, non-zero allocations in §12 order, each line snapped to its demand when within 0.000002. */
    static List<Draft> round(List<Option> options, double[] x, List<DemandLine> demand) {
        List<Draft> drafts = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            BigDecimal units = BigDecimal.valueOf(x[o]).setScale(6, RoundingMode.HALF_UP);
            if (units.signum() > 0) {
                drafts.add(new Draft(options.get(o), units));
            }
        }
        drafts.sort(RESULT_ORDER);
        for (int line = 0; line < demand.size(); line++) {
            snapLine(drafts, line, demand.get(line).units());
        }
        return drafts;
    }

    private static void snapLine(List<Draft> drafts, int line, BigDecimal demanded) {
        Draft largest = null;
        BigDecimal delivered = BigDecimal.ZERO;
        for (Draft draft : drafts) {
            if (draft.option.lineIndex() == line) {
                delivered = delivered.add(draft.units);
                if (largest == null || draft.units.compareTo(largest.units) > 0) {
                    largest = draft;
                }
            }
        }
        BigDecimal gap = demanded.subtract(delivered);
        if (largest != null && gap.signum() != 0 && gap.abs().compareTo(LINE_SNAP) <= 0) {
            largest.units = largest.units.add(gap);
        }
    }

    /**
     * R11: pads the first allocation, in price order, whose pools can take the shortfall.
     * @return the warning to report, or null when the rule did not apply
     */
    static String padToMinimum(List<Draft> drafts, StockPools pools) {
        BigDecimal delivered = drafts.stream().map(d -> d.units).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (delivered.signum() == 0 || delivered.compareTo(MINIMUM_DELIVERY) >= 0) {
            return null;
        }
        BigDecimal shortfall = MINIMUM_DELIVERY.subtract(delivered);
        Map<String, BigDecimal> used = new HashMap<>();
        for (Draft draft : drafts) {
            Option option = draft.option;
            used.merge(option.bankId() + '|' + option.supply(), option.supplyUse(draft.units), BigDecimal::add);
            if (option.isPaired()) {
                used.merge(option.bankId() + '|' + option.companion(), option.companionUse(draft.units), BigDecimal::add);
            }
        }
        List<Draft> candidates = new ArrayList<>(drafts);
        candidates.sort(PADDING_ORDER);
        for (Draft draft : candidates) {
            Option option = draft.option;
            boolean fits = fits(pools, used, option.bankId(), option.supply(), option.supplyUse(shortfall))
                    && (!option.isPaired()
                    || fits(pools, used, option.bankId(), option.companion(), option.companionUse(shortfall)));
            if (fits) {
                draft.units = draft.units.add(shortfall);
                return "MINIMUM_DELIVERY_APPLIED";
            }
        }
        return "MINIMUM_DELIVERY_NOT_MET";
    }

    private static boolean fits(StockPools pools, Map<String, BigDecimal> used, String bankId, String habitat,
                                BigDecimal extra) {
        BigDecimal spare = pools.units(bankId, habitat).subtract(used.getOrDefault(bankId + '|' + habitat, BigDecimal.ZERO));
        return extra.compareTo(spare) <= 0;
    }

    static Allocation allocation(Draft draft, DemandLine line, Bank bank) {
        Option option = draft.option;
        BigDecimal units = draft.units;
        BigDecimal stockUnits = units.divide(option.srm(), java.math.MathContext.DECIMAL128).setScale(6, RoundingMode.HALF_UP);
        List<AllocationPart> parts = null;
        if (option.isPaired()) {
            parts = List.of(
                    new AllocationPart("main", option.supply(), units, option.mainPrice().value(), option.mainPrice().source()),
                    new AllocationPart("companion", option.companion(),
                            option.companionUse(units).setScale(6, RoundingMode.HALF_UP),
                            option.companionPrice().value(), option.companionPrice().source()));
        }
        return new Allocation(option.lineIndex(), line.habitat(), bank.id(), bank.name(), option.supply(),
                option.isPaired() ? "paired" : "normal", option.tier(), option.srm(), units, stockUnits,
                option.unitPrice(), money(units.multiply(option.unitPrice())), option.mainPrice().source(), parts);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static LineResult line(int index, DemandLine line, String ledger, BigDecimal delivered, String unmetReason) {
        BigDecimal unmet = line.units().subtract(delivered).max(BigDecimal.ZERO);
        return new LineResult(index, line.habitat(), ledger, line.units(), delivered, unmet,
                unmet.signum() > 0 ? unmetReason : null);
    }
}
