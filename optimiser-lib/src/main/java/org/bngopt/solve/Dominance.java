package org.bngopt.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reductions B and D of docs/optimiser.md (measured solver facts), both resting on pools that can never
 * run out: a pool whose stock covers the most that every line drawing on it could ever take.
 * <ul>
 *   <li><b>B.</b> At one (line, bank), a normal option on such a pool can take every unit of a dearer
 *   option there: same bank, same tier, no stock limit. So the dearer options are never needed.</li>
 *   <li><b>D.</b> A bank b is dominated by a bank a when, for every line b can serve, a has such an
 *   option that is cheaper than anything b offers the line (equal prices decided by bank id) and no
 *   further from the site. Moving all of b's units to a leaves unmet units alone, costs no more, uses
 *   no more tier and no more banks (a replaces b, or b closes), so b is never needed.</li>
 * </ul>
 * Both keep the optimum of stages 1–4; only which of several equally good rows stage 5 picks could
 * change. The delivered-unit price of a paired main counts its companion stock at the cheapest
 * companion of its (line, bank) or bank, so it is never overstated. Everything is indexed by int: on
 * 1,000 banks × 25 lines (150,000 variables) this takes tens of milliseconds.
 */
final class Dominance {
    private final List<Option> options;
    private final double[] demand;
    private final int[] bankOf;
    private final int[] poolOf;
    private final List<String> bankIds = new ArrayList<>();
    /** Per option, the lowest price per delivered unit it can have; NaN for companion variables. */
    private final double[] unitCost;
    /** Per line, its options in list order. */
    private final int[][] byLine;

    private Dominance(List<Option> options, double[] demand) {
        this.options = options;
        this.demand = demand;
        int n = options.size();
        bankOf = new int[n];
        poolOf = new int[n];
        Map<String, Integer> bankIndex = new HashMap<>();
        List<Map<String, Integer>> poolsOfBank = new ArrayList<>();
        int pools = 0;
        int[] perLine = new int[demand.length];
        for (int o = 0; o < n; o++) {
            Option option = options.get(o);
            int bank = bankIndex.computeIfAbsent(option.bankId(), id -> {
                bankIds.add(id);
                poolsOfBank.add(new HashMap<>());
                return bankIds.size() - 1;
            });
            bankOf[o] = bank;
            Integer pool = poolsOfBank.get(bank).putIfAbsent(option.poolHabitat(), pools);
            poolOf[o] = pool == null ? pools++ : pool;
            if (option.isPaired()) {
                throw new IllegalArgumentException("dominance works on the reduced form, without whole pairs");
            }
            if (!option.isShared()) {
                perLine[option.lineIndex()]++;
            }
        }
        byLine = new int[demand.length][];
        for (int line = 0; line < demand.length; line++) {
            byLine[line] = new int[perLine[line]];
        }
        int[] filled = new int[demand.length];
        for (int o = 0; o < n; o++) {
            if (!options.get(o).isShared()) {
                int line = options.get(o).lineIndex();
                byLine[line][filled[line]++] = o;
            }
        }
        unitCost = unitCosts();
    }

    /** The options left after reductions B and D. */
    static List<Option> reduce(List<Option> options, double[] demand, AllocationProblem.PoolCapacity capacity) {
        return new Dominance(options, demand).kept(capacity);
    }

    private List<Option> kept(AllocationProblem.PoolCapacity capacity) {
        boolean[] unlimited = unlimitedNormals(capacity);
        int banks = bankIds.size();
        BankDominance.Offers[] offers = new BankDominance.Offers[banks];
        Arrays.setAll(offers, bank -> new BankDominance.Offers());
        boolean[] keep = new boolean[options.size()];
        Arrays.fill(keep, true);
        int[] seen = new int[banks];
        int[] offer = new int[banks];
        double[] cheapest = new double[banks];
        int[] tier = new int[banks];
        List<Integer> touched = new ArrayList<>();
        for (int line = 0; line < demand.length; line++) {
            touched.clear();
            for (int o : byLine[line]) {
                if (!options.get(o).delivers()) {
                    continue;
                }
                int bank = bankOf[o];
                if (seen[bank] != line + 1) {
                    seen[bank] = line + 1;
                    offer[bank] = -1;
                    cheapest[bank] = Double.POSITIVE_INFINITY;
                    tier[bank] = Integer.MAX_VALUE;
                    touched.add(bank);
                }
                cheapest[bank] = Math.min(cheapest[bank], unitCost[o]);
                tier[bank] = Math.min(tier[bank], options.get(o).tierWeight());
                if (unlimited[o] && (offer[bank] < 0 || unitCost[o] < unitCost[offer[bank]])) {
                    offer[bank] = o;
                }
            }
            for (int o : byLine[line]) {
                // Reduction B: a dearer option than the (line, bank)'s unlimited offer.
                int bank = bankOf[o];
                keep[o] = !options.get(o).delivers() || offer[bank] < 0 || unitCost[o] <= unitCost[offer[bank]];
            }
            for (int bank : touched) {
                int best = offer[bank];
                offers[bank].add(line, cheapest[bank], tier[bank], best < 0 ? Double.NaN : unitCost[best]);
            }
        }
        boolean[] dominated = BankDominance.dominated(offers, bankIds);
        List<Option> kept = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            if (keep[o] && !dominated[bankOf[o]]) {
                kept.add(options.get(o));
            }
        }
        return withoutIdleCompanions(kept);
    }

    /** Companion variables whose (line, bank) or bank has no paired main left can hold nothing: dropped. */
    private static List<Option> withoutIdleCompanions(List<Option> kept) {
        Set<String> pairedGroups = new HashSet<>();
        for (Option option : kept) {
            if (option.kind() == Option.Kind.PAIRED_MAIN) {
                pairedGroups.add(companionGroup(option.bankId(), option.lineIndex()));
                pairedGroups.add(companionGroup(option.bankId(), -1));
            }
        }
        return kept.stream().filter(option -> option.kind() != Option.Kind.COMPANION
                || pairedGroups.contains(companionGroup(option.bankId(), option.lineIndex()))).toList();
    }

    private double[] unitCosts() {
        Map<String, Double> cheapestCompanion = new HashMap<>();
        for (Option option : options) {
            if (option.kind() == Option.Kind.COMPANION) {
                cheapestCompanion.merge(companionGroup(option.bankId(), option.lineIndex()), option.unitPrice().doubleValue(), Math::min);
            }
        }
        double[] costs = new double[options.size()];
        for (int o = 0; o < costs.length; o++) {
            Option option = options.get(o);
            double price = option.unitPrice().doubleValue();
            costs[o] = switch (option.kind()) {
                case COMPANION -> Double.NaN;
                // SRM × p_M plus (1/SRM − 1) companion stock units at SRM × p_C each: at least the cheapest companion's.
                case PAIRED_MAIN -> price + option.companionUse() * cheapestOf(
                        cheapestCompanion.get(companionGroup(option.bankId(), option.lineIndex())),
                        cheapestCompanion.get(companionGroup(option.bankId(), -1)));
                default -> price;
            };
        }
        return costs;
    }

    /** The cheaper of two companion prices, either possibly absent; 0 (never overstating) when both are. */
    private static double cheapestOf(Double perLine, Double shared) {
        if (perLine == null || shared == null) {
            return perLine != null ? perLine : shared != null ? shared : 0;
        }
        return Math.min(perLine, shared);
    }

    private static String companionGroup(String bankId, int line) {
        return bankId + '|' + line;
    }

    /**
     * Normal options whose pool covers the most that could ever be drawn from it: per line, its demand
     * times the largest stock use per unit among the line's variables on the pool, and for companions
     * shared by a bank's lines, their use times all the demand.
     */
    private boolean[] unlimitedNormals(AllocationProblem.PoolCapacity capacity) {
        int pools = Arrays.stream(poolOf).max().orElse(-1) + 1;
        double[] most = new double[pools];
        double allDemand = Arrays.stream(demand).sum();
        int[] seen = new int[pools];
        double[] lineUse = new double[pools];
        List<Integer> touched = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            if (options.get(o).isShared()) {
                most[poolOf[o]] += use(options.get(o)) * allDemand;
            }
        }
        for (int line = 0; line < demand.length; line++) {
            touched.clear();
            for (int o : byLine[line]) {
                int pool = poolOf[o];
                if (seen[pool] != line + 1) {
                    seen[pool] = line + 1;
                    lineUse[pool] = 0;
                    touched.add(pool);
                }
                lineUse[pool] = Math.max(lineUse[pool], use(options.get(o)));
            }
            for (int pool : touched) {
                most[pool] += demand[line] * lineUse[pool];
            }
        }
        Boolean[] poolUnlimited = new Boolean[pools];
        boolean[] result = new boolean[options.size()];
        for (int o = 0; o < result.length; o++) {
            Option option = options.get(o);
            if (option.kind() == Option.Kind.NORMAL) {
                int pool = poolOf[o];
                if (poolUnlimited[pool] == null) {
                    // A margin well above double rounding: a pool that only just covers it is treated as limited.
                    poolUnlimited[pool] = capacity.units(option.bankId(), option.poolHabitat()).doubleValue() >= most[pool] * (1 + 1e-9) + 1e-9;
                }
                result[o] = poolUnlimited[pool];
            }
        }
        return result;
    }

    /** Stock of the variable's pool per unit of the variable; a companion variable's unit is its stock. */
    private static double use(Option option) {
        return option.kind() == Option.Kind.COMPANION ? option.companionUse() : option.supplyUse();
    }
}
