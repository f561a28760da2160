package org.bngopt.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a snapshot as the tables {@link ReferenceCsv} reads: the same file names, columns and order,
 * decimals as plain text, so that reading back gives an equal snapshot. Exports use it.
 */
public final class ReferenceCsvWriter {
    /** One table as a header and rows of cells; an absent value is null. */
    public record Table(String fileName, List<String> header, List<List<String>> rows) {
    }

    private ReferenceCsvWriter() {
    }

    /** Every table of the snapshot, in the order of the sample folder's listing ({@code VERSION} is the version alone). */
    public static List<Table> tables(ReferenceData data) {
        return List.of(
                table("banks.csv", data.banks(), column("bank_id", Bank::id), column("bank_name", Bank::name),
                        column("lpa_name", Bank::lpa), column("nca_name", Bank::nca), column("postcode", Bank::postcode),
                        column("lat", bank -> plain(bank.lat())), column("lon", bank -> plain(bank.lon())),
                        column("waterbody_catchment", Bank::waterbodyCatchment),
                        column("operational_catchment", Bank::operationalCatchment)),
                table("contract_sizes.csv", data.contractSizes(), column("contract_size", ContractSize::name),
                        column("rank", size -> String.valueOf(size.rank())),
                        column("max_units_exclusive", size -> plain(size.maxUnitsExclusive())),
                        column("admin_fee", size -> plain(size.adminFee()))),
                table("distinctiveness_levels.csv", data.distinctivenessLevels(),
                        column("distinctiveness", DistinctivenessLevel::name),
                        column("level_value", level -> String.valueOf(level.level()))),
                table("habitats.csv", data.habitats(), column("habitat_name", Habitat::name),
                        column("broad_type", Habitat::broadType), column("distinctiveness", Habitat::distinctiveness),
                        column("ledger", habitat -> habitat.ledger().code())),
                table("lpa_adjacency.csv", data.lpaAdjacency(), column("lpa_a", Adjacency::a), column("lpa_b", Adjacency::b)),
                table("nca_adjacency.csv", data.ncaAdjacency(), column("nca_a", Adjacency::a), column("nca_b", Adjacency::b)),
                table("prices.csv", data.prices(), column("bank_id", Price::bankId), column("habitat_name", Price::habitatName),
                        column("contract_size", Price::contractSize), column("tier", Price::tier),
                        column("price", price -> plain(price.price()))),
                table("srm.csv", data.spatialRiskMultipliers(), column("tier", SpatialRiskMultiplier::tier),
                        column("multiplier", srm -> plain(srm.multiplier())), column("rank", srm -> String.valueOf(srm.rank()))),
                table("stock.csv", data.stock(), column("stock_id", StockParcel::id), column("bank_id", StockParcel::bankId),
                        column("habitat_name", StockParcel::habitatName),
                        column("available_excl_quotes", parcel -> plain(parcel.availableExclQuotes())),
                        column("quoted", parcel -> plain(parcel.quoted()))),
                table("trading_rules.csv", data.tradingRules(), column("demand_habitat", TradingRule::demandHabitat),
                        column("allowed_supply_habitat", TradingRule::allowedSupplyHabitat),
                        column("min_distinctiveness", TradingRule::minDistinctiveness)));
    }

    /** A table in CSV: a header line, then one line per row; cells quoted only when they must be. */
    public static void write(Table table, Writer out) {
        try {
            out.write(line(table.header()));
            for (List<String> row : table.rows()) {
                out.write(line(row));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            line.append(c == 0 ? "" : ",").append(quoted(cells.get(c)));
        }
        return line.append('\n').toString();
    }

    private static String quoted(String cell) {
        if (cell == null) {
            return "";
        }
        boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private record Column<T>(String name, Function<T, String> value) {
    }

    private static <T> Column<T> column(String name, Function<T, String> value) {
        return new Column<>(name, value);
    }

    @SafeVarargs
    private static <T> Table table(String fileName, List<T> rows, Column<T>... columns) {
        List<List<String>> cells = new ArrayList<>();
        for (T row : rows) {
            List<String> line = new ArrayList<>();
            for (Column<T> column : columns) {
                line.add(column.value().apply(row));
            }
            cells.add(line);
        }
        return new Table(fileName, Arrays.stream(columns).map(Column::name).toList(), cells);
    }
}
