package org.bngopt.solve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data of the R8.1 model, indexed by int: per option its line, bank, price, tier weight and upper
 * bound; the pool rows; the (line, bank) groups that a bank's binary switches on; and the balance rows
 * that tie aggregated pairs' companion stock to their mains (R7.2: 1/SRM − 1 companion units per unit),
 * per (line, bank), or per bank where the lines share the companions.
 */
final class AllocationProblem {
    /** The smallest units that R10.1's rounding to 6 decimals keeps. */
    static final double REPORTED = 5e-7;

    final List<Option> options;
    final double[] demand;
    final List<String> banks = new ArrayList<>();
    final int[] lineOf;
    final int[] bankOf;
    final double[] price;
    final double[] tierWeight;
    /** min(demand, what the pools allow): a bound rather than a row (docs/optimiser.md, measured solver facts). */
    final double[] upper;
    final double[] poolCapacity;
    final int[] poolBank;
    /** Per pool, the options drawing on it and their stock use per unit. */
    final int[][] poolOptions;
    final double[][] poolUse;
    /** Per (line, bank) group: its line, its bank and its delivering options. */
    final int[] linkLine;
    final int[] linkBank;
    final int[][] linkOptions;
    /** Per aggregated (line, bank): companion variables with +1, main variables with −(1/SRM − 1); Σ = 0. */
    final int[][] balanceOptions;
    final double[][] balanceCoefficients;

    AllocationProblem(List<Option> options, double[] demand, PoolCapacity capacity) {
        this.options = options;
        this.demand = demand;
        int n = options.size();
        lineOf = new int[n];
        bankOf = new int[n];
        price = new double[n];
        tierWeight = new double[n];
        upper = new double[n];
        Map<String, Integer> bankIndex = new HashMap<>();
        Map<String, Map<String, Integer>> poolIndex = new HashMap<>();
        List<Double> capacities = new ArrayList<>();
        List<Integer> poolBanks = new ArrayList<>();
        List<LinearModel.Terms> pools = new ArrayList<>();
        Map<Long, LinearModel.Terms> links = new LinkedHashMap<>();
        Map<Long, LinearModel.Terms> balances = new LinkedHashMap<>();
        Set<String> sharedCompanions = new HashSet<>();
        options.stream().filter(Option::isShared).forEach(option -> sharedCompanions.add(option.bankId()));
        for (int o = 0; o < n; o++) {
            Option option = options.get(o);
            int bank = bankIndex.computeIfAbsent(option.bankId(), id -> {
                banks.add(id);
                return banks.size() - 1;
            });
            lineOf[o] = option.lineIndex();
            bankOf[o] = bank;
            price[o] = option.unitPrice().doubleValue();
            tierWeight[o] = option.tierWeight();
            long group = (long) option.lineIndex() << 32 | bank;
            double bound = option.isShared() ? Double.POSITIVE_INFINITY
                    : option.delivers() ? demand[option.lineIndex()] : option.companionUse() * demand[option.lineIndex()];
            // The pairs of a bank with shared companions balance once for all lines.
            long pairGroup = sharedCompanions.contains(option.bankId()) ? -1L << 32 | bank : group;
            int supplyPool = pool(poolIndex, capacities, pools, capacity, option.bankId(), option.poolHabitat());
            if (poolBanks.size() < pools.size()) {
                poolBanks.add(bank);
            }
            pools.get(supplyPool).add(o, option.supplyUse());
            bound = Math.min(bound, capacities.get(supplyPool) / option.supplyUse());
            if (option.isPaired()) {
                int companionPool = pool(poolIndex, capacities, pools, capacity, option.bankId(), option.companion());
                if (poolBanks.size() < pools.size()) {
                    poolBanks.add(bank);
                }
                pools.get(companionPool).add(o, option.companionUse());
                bound = Math.min(bound, capacities.get(companionPool) / option.companionUse());
            }
            upper[o] = bound;
            if (option.delivers()) {
                links.computeIfAbsent(group, key -> new LinearModel.Terms()).add(o, 1);
            }
            switch (option.kind()) {
                case PAIRED_MAIN -> balances.computeIfAbsent(pairGroup, key -> new LinearModel.Terms()).add(o, -option.companionUse());
                case COMPANION -> balances.computeIfAbsent(pairGroup, key -> new LinearModel.Terms()).add(o, 1);
                default -> { }
            }
        }
        poolCapacity = capacities.stream().mapToDouble(Double::doubleValue).toArray();
        poolBank = poolBanks.stream().mapToInt(Integer::intValue).toArray();
        poolOptions = pools.stream().map(LinearModel.Terms::variables).toArray(int[][]::new);
        poolUse = pools.stream().map(LinearModel.Terms::coefficients).toArray(double[][]::new);
        linkLine = links.keySet().stream().mapToInt(key -> (int) (key >>> 32)).toArray();
        linkBank = links.keySet().stream().mapToInt(Long::intValue).toArray();
        linkOptions = links.values().stream().map(LinearModel.Terms::variables).toArray(int[][]::new);
        balanceOptions = balances.values().stream().map(LinearModel.Terms::variables).toArray(int[][]::new);
        balanceCoefficients = balances.values().stream().map(LinearModel.Terms::coefficients).toArray(double[][]::new);
    }

    /**
     * Banks that deliver in a solution. Units below half the reported precision round away (R10.1), so
     * they do not make a bank used.
     */
    int banksUsed(double[] x) {
        boolean[] used = new boolean[banks.size()];
        int count = 0;
        for (int o = 0; o < x.length; o++) {
            if (x[o] >= REPORTED && !used[bankOf[o]]) {
                used[bankOf[o]] = true;
                count++;
            }
        }
        return count;
    }

    /** Which banks deliver in a solution, by the same measure as {@link #banksUsed}. */
    boolean[] banksDelivering(double[] x) {
        boolean[] used = new boolean[banks.size()];
        for (int o = 0; o < x.length; o++) {
            used[bankOf[o]] |= x[o] >= REPORTED;
        }
        return used;
    }

    /** How many banks a bank set holds. */
    static int count(boolean[] banks) {
        int count = 0;
        for (boolean bank : banks) {
            count += bank ? 1 : 0;
        }
        return count;
    }

    private static int pool(Map<String, Map<String, Integer>> poolIndex, List<Double> capacities, List<LinearModel.Terms> pools,
                            PoolCapacity capacity, String bankId, String habitat) {
        return poolIndex.computeIfAbsent(bankId, bank -> new HashMap<>()).computeIfAbsent(habitat, key -> {
            capacities.add(capacity.units(bankId, habitat).doubleValue());
            pools.add(new LinearModel.Terms());
            return pools.size() - 1;
        });
    }

    /** Pool sizes by bank and habitat. */
    @FunctionalInterface
    interface PoolCapacity {
        BigDecimal units(String bankId, String habitat);
    }
}
