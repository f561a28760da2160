package org.bngopt.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a reference-data set in the CSV layout of rules.md R1: one file per table plus {@code VERSION}.
 * Rows are checked for shape only (columns, numbers, unique keys); rows that name an unknown bank or
 * habitat are kept, because R1.3 says the optimiser ignores them rather than the import rejecting them.
 */
public final class ReferenceCsv {
    /** Where the project's own copy of the sample set lives on the classpath. */
    public static final String SAMPLE_RESOURCE_FOLDER = "/org/bngopt/reference/sample/";
    /** The file (or sheet) holding the version line. */
    public static final String VERSION = "VERSION";
    private static final int MAX_VERSION_LENGTH = 100;

    /** Opens one table by file name; a missing table is reported as such. */
    @FunctionalInterface
    public interface TableSource {
        Reader open(String fileName) throws IOException;
    }

    private ReferenceCsv() {
    }

    public static ReferenceData read(Path folder) {
        return read(fileName -> {
            Path file = folder.resolve(fileName);
            try {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new ReferenceDataException(fileName, "missing table file in " + folder);
            }
        });
    }

    /** The sample reference set that ships with the product. */
    public static ReferenceData readSample() {
        return read(fileName -> {
            InputStream stream = ReferenceCsv.class.getResourceAsStream(SAMPLE_RESOURCE_FOLDER + fileName);
            if (stream == null) {
                throw new ReferenceDataException(fileName, "missing from the bundled sample set");
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        });
    }

    /**
     * Reads every table, collecting every problem, and fails with all of them.
     *
     * @throws ReferenceDataException listing each problem with its table and line
     */
    public static ReferenceData read(TableSource source) {
        List<ReferenceProblem> problems = new ArrayList<>();
        ReferenceData data = read(source, problems);
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return data;
    }

    private static ReferenceData read(TableSource source, List<ReferenceProblem> problems) {
        return new ReferenceData(
                version(source, problems),
                table(source, problems, "banks.csv", "bank_id", "bank_name", "lpa_name", "nca_name", "postcode", "lat", "lon",
                        "waterbody_catchment", "operational_catchment")
                        .mapUnique(row -> row.text("bank_id"), "bank_id", row -> new Bank(
                                row.text("bank_id"), row.text("bank_name"), row.optionalText("lpa_name"),
                                row.optionalText("nca_name"), row.optionalText("postcode"),
                                row.optionalDecimal("lat"), row.optionalDecimal("lon"),
                                row.optionalText("waterbody_catchment"), row.optionalText("operational_catchment"))),
                table(source, problems, "habitats.csv", "habitat_name", "broad_type", "distinctiveness", "ledger")
                        .mapUnique(row -> row.text("habitat_name"), "habitat_name", row -> new Habitat(
                                row.text("habitat_name"), row.text("broad_type"), row.text("distinctiveness"),
                                ledger(row))),
                table(source, problems, "distinctiveness_levels.csv", "distinctiveness", "level_value")
                        .mapUnique(row -> row.text("distinctiveness"), "distinctiveness", row -> new DistinctivenessLevel(
                                row.text("distinctiveness"), row.integer("level_value"))),
                table(source, problems, "stock.csv", "stock_id", "bank_id", "habitat_name", "available_excl_quotes", "quoted")
                        .mapUnique(row -> row.text("stock_id"), "stock_id", row -> new StockParcel(
                                row.text("stock_id"), row.text("bank_id"), row.text("habitat_name"),
                                row.decimal("available_excl_quotes"), row.decimal("quoted"))),
                // Several price rows for one key are legal: R4.2 takes the lowest.
                table(source, problems, "prices.csv", "bank_id", "habitat_name", "contract_size", "tier", "price")
                        .map(row -> new Price(row.text("bank_id"), row.text("habitat_name"),
                                row.text("contract_size"), row.text("tier"), row.decimal("price"))),
                table(source, problems, "srm.csv", "tier", "multiplier", "rank")
                        .mapUnique(row -> row.text("tier"), "tier", row -> new SpatialRiskMultiplier(
                                row.text("tier"), row.decimal("multiplier"), row.integer("rank"))),
                table(source, problems, "contract_sizes.csv", "contract_size", "rank", "max_units_exclusive", "admin_fee")
                        .mapUnique(row -> row.text("contract_size"), "contract_size", row -> new ContractSize(
                                row.text("contract_size"), row.integer("rank"),
                                row.optionalDecimal("max_units_exclusive"), row.decimal("admin_fee"))),
                table(source, problems, "trading_rules.csv", "demand_habitat", "allowed_supply_habitat", "min_distinctiveness")
                        .map(row -> new TradingRule(row.text("demand_habitat"), row.text("allowed_supply_habitat"),
                                row.optionalText("min_distinctiveness"))),
                adjacency(source, problems, "lpa_adjacency.csv", "lpa_a", "lpa_b"),
                adjacency(source, problems, "nca_adjacency.csv", "nca_a", "nca_b"));
    }

    private static List<Adjacency> adjacency(TableSource source, List<ReferenceProblem> problems, String file, String a,
                                             String b) {
        return table(source, problems, file, a, b).map(row -> new Adjacency(row.text(a), row.text(b)));
    }

    private static Ledger ledger(CsvTable.Row row) {
        String code = row.text("ledger");
        return Ledger.fromCode(code).orElseThrow(() -> row.error("column 'ledger': '" + code
                + "' is not one of area, hedgerow, watercourse"));
    }

    private static CsvTable table(TableSource source, List<ReferenceProblem> problems, String file, String... columns) {
        try (Reader reader = source.open(file)) {
            return CsvTable.read(file, reader, problems, columns);
        } catch (IOException e) {
            problems.add(new ReferenceProblem(file, 0, "cannot be read (" + e.getMessage() + ")"));
        } catch (ReferenceDataException e) {
            problems.addAll(e.problems());
        }
        return CsvTable.unreadable(problems);
    }

    private static String version(TableSource source, List<ReferenceProblem> problems) {
        try (Reader reader = source.open(VERSION)) {
            String version = new BufferedReader(reader).lines().collect(Collectors.joining("\n")).trim();
            if (version.isEmpty() || version.contains("\n")) {
                problems.add(new ReferenceProblem(VERSION, 0, "expected one non-empty line"));
            } else if (version.length() > MAX_VERSION_LENGTH || version.chars().anyMatch(Character::isISOControl)) {
                problems.add(new ReferenceProblem(VERSION, 0, "expected at most " + MAX_VERSION_LENGTH
                        + " characters and no control characters"));
            }
            return version;
        } catch (IOException e) {
            problems.add(new ReferenceProblem(VERSION, 0, "cannot be read (" + e.getMessage() + ")"));
        } catch (ReferenceDataException e) {
            problems.addAll(e.problems());
        }
        return "";
    }
}
