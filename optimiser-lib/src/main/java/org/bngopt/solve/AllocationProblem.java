package org.bngopt.solve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the R8.1 model, indexed by int: options, line demands, pool capacities with the options
 * that draw on them, and the (line, bank) groups that a bank's binary switches on.
 */
final class AllocationProblem {
    final List<Option> options;
    final double[] demand;
    final List<String> banks = new ArrayList<>();
    final int[] bankOfOption;
    /** Pool capacity and, per pool, option indices with their stock use per delivered unit. */
    final List<Double> poolCapacity = new ArrayList<>();
    final List<Map<Integer, Double>> poolUse = new ArrayList<>();
    /** (line, bank) groups: line index, bank index and the options in the group. */
    final List<int[]> linkKeys = new ArrayList<>();
    final List<List<Integer>> linkOptions = new ArrayList<>();

    AllocationProblem(List<Option> options, double[] demand, PoolCapacity capacity) {
        this.options = options;
        this.demand = demand;
        this.bankOfOption = new int[options.size()];
        Map<String, Integer> bankIndex = new HashMap<>();
        Map<String, Integer> poolIndex = new HashMap<>();
        Map<String, Integer> linkIndex = new LinkedHashMap<>();
        for (int o = 0; o < options.size(); o++) {
            Option option = options.get(o);
            int bank = bankIndex.computeIfAbsent(option.bankId(), id -> {
                banks.add(id);
                return banks.size() - 1;
            });
            bankOfOption[o] = bank;
            use(poolIndex, capacity, option.bankId(), option.supply(), o, option.supplyUse());
            if (option.isPaired()) {
                use(poolIndex, capacity, option.bankId(), option.companion(), o, option.companionUse());
            }
            int link = linkIndex.computeIfAbsent(option.lineIndex() + "|" + bank, key -> {
                linkKeys.add(new int[] {option.lineIndex(), bankIndex.get(option.bankId())});
                linkOptions.add(new ArrayList<>());
                return linkKeys.size() - 1;
            });
            linkOptions.get(link).add(o);
        }
    }

    private void use(Map<String, Integer> poolIndex, PoolCapacity capacity, String bankId, String habitat, int option,
                     double perUnit) {
        int pool = poolIndex.computeIfAbsent(bankId + "|" + habitat, key -> {
            poolCapacity.add(capacity.units(bankId, habitat).doubleValue());
            poolUse.add(new LinkedHashMap<>());
            return poolCapacity.size() - 1;
        });
        poolUse.get(pool).merge(option, perUnit, Double::sum);
    }

    /** Pool sizes by bank and habitat. */
    @FunctionalInterface
    interface PoolCapacity {
        BigDecimal units(String bankId, String habitat);
    }
}
