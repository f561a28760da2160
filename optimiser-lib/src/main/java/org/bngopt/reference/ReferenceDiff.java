package org.bngopt.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What replacing one reference-data set by another changes, per table: rows added, removed and
 * changed. Rows are matched by their key (a bank's id, a stock parcel's id, a price's bank, habitat,
 * contract size and tier …); a row whose key is in both sets but whose values differ is changed.
 * Tables whose rows are their own key (trading rules, adjacency) only gain and lose rows.
 */
public final class ReferenceDiff {

    /** The changes to one table, named by its file. */
    public record TableChange(String table, int added, int removed, int changed) {
        public boolean any() {
            return added + removed + changed > 0;
        }
    }

    private ReferenceDiff() {
    }

    public static List<TableChange> between(ReferenceData current, ReferenceData incoming) {
        return List.of(
                table("banks.csv", current.banks(), incoming.banks(), Bank::id),
                table("habitats.csv", current.habitats(), incoming.habitats(), Habitat::name),
                table("distinctiveness_levels.csv", current.distinctivenessLevels(), incoming.distinctivenessLevels(),
                        DistinctivenessLevel::name),
                table("stock.csv", current.stock(), incoming.stock(), StockParcel::id),
                table("prices.csv", current.prices(), incoming.prices(),
                        price -> List.of(price.bankId(), price.habitatName(), price.contractSize(), price.tier())),
                table("srm.csv", current.spatialRiskMultipliers(), incoming.spatialRiskMultipliers(),
                        SpatialRiskMultiplier::tier),
                table("contract_sizes.csv", current.contractSizes(), incoming.contractSizes(), ContractSize::name),
                table("trading_rules.csv", current.tradingRules(), incoming.tradingRules(), Function.identity()),
                table("lpa_adjacency.csv", current.lpaAdjacency(), incoming.lpaAdjacency(), Function.identity()),
                table("nca_adjacency.csv", current.ncaAdjacency(), incoming.ncaAdjacency(), Function.identity()));
    }

    private static <T> TableChange table(String name, List<T> before, List<T> after, Function<T, ?> key) {
        Map<Object, List<T>> old = byKey(before, key);
        Map<Object, List<T>> now = byKey(after, key);
        Set<Object> keys = new HashSet<>(old.keySet());
        keys.addAll(now.keySet());
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (Object k : keys) {
            List<T> was = old.getOrDefault(k, List.of());
            List<T> is = now.getOrDefault(k, List.of());
            int common = Math.min(was.size(), is.size());
            added += is.size() - common;
            removed += was.size() - common;
            for (int i = 0; i < common; i++) {
                if (!Objects.equals(was.get(i), is.get(i))) {
                    changed++;
                }
            }
        }
        return new TableChange(name, added, removed, changed);
    }

    private static <T> Map<Object, List<T>> byKey(List<T> rows, Function<T, ?> key) {
        Map<Object, List<T>> grouped = new LinkedHashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
