package org.bngopt.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import requires beyond a readable set: every row names banks, habitats, distinctiveness
 * levels, contract sizes and tiers that the set defines, and quantities and amounts are not negative.
 * The optimiser itself tolerates unknown names (R1.3 ignores those rows), but an administrator
 * replacing the data wants to hear about them before anything is written. Lines count the header as
 * line 1, as in {@link ReferenceCsv}, and are the rows of the workbook's sheets too.
 */
public final class ReferenceIntegrity {

    private ReferenceIntegrity() {
    }

    public static List<ReferenceProblem> problems(ReferenceData data) {
        Set<String> banks = names(data.banks(), Bank::id);
        Set<String> habitats = names(data.habitats(), Habitat::name);
        Set<String> levels = names(data.distinctivenessLevels(), DistinctivenessLevel::name);
        Set<String> sizes = names(data.contractSizes(), ContractSize::name);
        Set<String> tiers = names(data.spatialRiskMultipliers(), SpatialRiskMultiplier::tier);
        List<ReferenceProblem> problems = new ArrayList<>();
        Check<Habitat> habitat = new Check<>("habitats.csv", data.habitats(), problems);
        habitat.known("distinctiveness", Habitat::distinctiveness, levels);
        Check<StockParcel> stock = new Check<>("stock.csv", data.stock(), problems);
        stock.known("bank_id", StockParcel::bankId, banks);
        stock.known("habitat_name", StockParcel::habitatName, habitats);
        stock.notNegative("available_excl_quotes", StockParcel::availableExclQuotes);
        stock.notNegative("quoted", StockParcel::quoted);
        Check<Price> price = new Check<>("prices.csv", data.prices(), problems);
        price.known("bank_id", Price::bankId, banks);
        price.known("habitat_name", Price::habitatName, habitats);
        price.known("contract_size", Price::contractSize, sizes);
        price.known("tier", Price::tier, tiers);
        price.notNegative("price", Price::price);
        Check<TradingRule> rule = new Check<>("trading_rules.csv", data.tradingRules(), problems);
        rule.known("demand_habitat", TradingRule::demandHabitat, habitats);
        rule.known("allowed_supply_habitat", TradingRule::allowedSupplyHabitat, habitats);
        rule.known("min_distinctiveness", TradingRule::minDistinctiveness, levels);
        new Check<>("srm.csv", data.spatialRiskMultipliers(), problems)
                .positive("multiplier", SpatialRiskMultiplier::multiplier);
        Check<ContractSize> size = new Check<>("contract_sizes.csv", data.contractSizes(), problems);
        size.notNegative("admin_fee", ContractSize::adminFee);
        size.unique("rank", contractSize -> String.valueOf(contractSize.rank()));
        problems.sort(Comparator.comparing(ReferenceProblem::table).thenComparingInt(ReferenceProblem::line));
        return problems;
    }

    private static <T> Set<String> names(List<T> rows, Function<T, String> name) {
        return rows.stream().map(name).collect(Collectors.toSet());
    }

    /** The checks of one table's rows. */
    private record Check<T>(String table, List<T> rows, List<ReferenceProblem> problems) {

        /** A name that must be defined elsewhere in the set; an empty optional value passes. */
        void known(String column, Function<T, String> value, Set<String> defined) {
            for (int i = 0; i < rows.size(); i++) {
                String name = value.apply(rows.get(i));
                if (name != null && !defined.contains(name)) {
                    problems.add(new ReferenceProblem(table, i + 2, "column '" + column + "': '" + name
                            + "' is not defined in the set"));
                }
            }
        }

        void notNegative(String column, Function<T, BigDecimal> value) {
            atLeast(column, value, 0, "is negative");
        }

        void positive(String column, Function<T, BigDecimal> value) {
            atLeast(column, value, 1, "is not above 0");
        }

        private void atLeast(String column, Function<T, BigDecimal> value, int lowestSignum, String problem) {
            for (int i = 0; i < rows.size(); i++) {
                BigDecimal number = value.apply(rows.get(i));
                if (number != null && number.signum() < lowestSignum) {
                    problems.add(new ReferenceProblem(table, i + 2, "column '" + column + "': " + number.toPlainString()
                            + " " + problem));
                }
            }
        }

        void unique(String column, Function<T, String> value) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                String key = value.apply(rows.get(i));
                if (!seen.add(key)) {
                    problems.add(new ReferenceProblem(table, i + 2, "column '" + column + "': '" + key + "' appears twice"));
                }
            }
        }
    }
}
