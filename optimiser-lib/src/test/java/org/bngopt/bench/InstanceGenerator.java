package org.bngopt.bench;

import org.bngopt.reference.ReferenceCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Writes a seeded, realistic reference folder and request in the sample's format, for benchmarks and
 * for checking large results. The catalogue (habitats, trading rules, distinctiveness, SRM, contract
 * sizes) is the sample's; banks, geography, stock and prices are generated. The distributions are
 * documented in docs/performance.md. The same parameters always give byte-identical files.
 */
public final class InstanceGenerator {
    /** What to generate. Ledger shares are the chance that a stock row or demand line is of that ledger. */
    public record Parameters(int banks, int stockRows, int lines, double areaShare, double hedgerowShare,
                             double priceSpread, Site site, long seed) {
        public static Parameters of(int banks, int stockRows, int lines, long seed) {
            return new Parameters(banks, stockRows, lines, 0.8, 0.15, 0.25, Site.CENTRE, seed);
        }

        String name() {
            return String.format(Locale.ROOT, "b%d-s%d-l%d-%s-%d", banks, stockRows, lines, site.name().toLowerCase(Locale.ROOT), seed);
        }
    }

    /** Where the development lies on the grid of planning areas: amid the banks, or at a corner of the map. */
    public enum Site { CENTRE, EDGE }

    private static final String[] CATALOGUE_FILES = {"habitats.csv", "trading_rules.csv", "distinctiveness_levels.csv",
            "srm.csv", "contract_sizes.csv"};
    private static final String[] SIZES = {"fractional", "small", "medium", "large"};
    private static final double[] SIZE_FACTOR = {1.0, 0.97, 0.94, 0.90};
    private static final String[] TIERS = {"local", "adjacent", "far"};
    private static final double[] TIER_FACTOR = {1.0, 4.0 / 3.0, 2.0};
    /** Banks per planning area (LPA), and LPAs per side of one national character area (NCA). */
    private static final int BANKS_PER_LPA = 2;
    private static final int NCA_SIDE = 2;

    private record Habitat(String name, String distinctiveness, String ledger) {
    }

    private final Parameters parameters;
    private final Random random;
    private final List<Habitat> habitats = new ArrayList<>();
    private final int gridSide;

    private InstanceGenerator(Parameters parameters) {
        this.parameters = parameters;
        this.random = new Random(parameters.seed());
        for (String line : sample("habitats.csv").lines().skip(1).toList()) {
            String[] cells = splitCsv(line);
            if (!cells[2].equals("Very Low") && !cells[0].startsWith("Net Gain") && !cells[0].contains("Felled")) {
                habitats.add(new Habitat(cells[0], cells[2], cells[3]));
            }
        }
        this.gridSide = Math.max(2, (int) Math.ceil(Math.sqrt(Math.max(1, parameters.banks() / (double) BANKS_PER_LPA))));
    }

    /** Writes {@code reference/} and {@code request.json} under {@code folder}, which it creates. */
    public static Path write(Parameters parameters, Path folder) {
        return new InstanceGenerator(parameters).writeTo(folder);
    }

    private Path writeTo(Path folder) {
        try {
            Path reference = folder.resolve("reference");
            Files.createDirectories(reference);
            for (String file : CATALOGUE_FILES) {
                Files.writeString(reference.resolve(file), sample(file));
            }
            Files.writeString(reference.resolve("VERSION"), "generated-" + parameters.name() + "\n");
            Files.writeString(reference.resolve("lpa_adjacency.csv"), adjacency("lpa_a,lpa_b", 1));
            Files.writeString(reference.resolve("nca_adjacency.csv"), adjacency("nca_a,nca_b", NCA_SIDE));
            StringBuilder banks = new StringBuilder("bank_id,bank_name,lpa_name,nca_name,postcode,lat,lon,waterbody_catchment,operational_catchment\n");
            StringBuilder stock = new StringBuilder("stock_id,bank_id,habitat_name,available_excl_quotes,quoted\n");
            StringBuilder prices = new StringBuilder("bank_id,habitat_name,contract_size,tier,price\n");
            int[] rowsPerBank = spread(parameters.stockRows(), parameters.banks());
            for (int b = 0; b < parameters.banks(); b++) {
                String bankId = String.format(Locale.ROOT, "GB%04d", b + 1);
                int cell = random.nextInt(gridSide * gridSide);
                banks.append(String.join(",", bankId, "Generated Bank " + (b + 1), lpa(cell), nca(cell),
                        "GB" + (b + 1) + " 1AA", coordinate(51 + row(cell) * 0.1), coordinate(-1.5 + column(cell) * 0.1),
                        catchment(cell), operationalCatchment(cell))).append('\n');
                double bankFactor = 1 + parameters.priceSpread() * (2 * random.nextDouble() - 1);
                TreeSet<String> held = new TreeSet<>();
                while (held.size() < Math.min(rowsPerBank[b], habitats.size())) {
                    held.add(pickHabitat().name());
                }
                int s = 0;
                for (String name : held) {
                    Habitat habitat = habitats.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
                    double available = units(habitat);
                    double quoted = random.nextDouble() < 0.2 ? available * random.nextDouble() * 0.3 : 0;
                    stock.append(String.format(Locale.ROOT, "%s-S%03d,%s,%s,%.3f,%.3f%n", bankId, ++s, bankId, quoteCsv(name),
                            available, quoted));
                    double base = basePrice(habitat) * bankFactor;
                    for (int size = 0; size < SIZES.length; size++) {
                        for (int tier = 0; tier < TIERS.length; tier++) {
                            double noise = 1 + 0.02 * (2 * random.nextDouble() - 1);
                            prices.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.1f%n", bankId, quoteCsv(name), SIZES[size],
                                    TIERS[tier], Math.round(base * SIZE_FACTOR[size] * TIER_FACTOR[tier] * noise * 10) / 10.0));
                        }
                    }
                }
            }
            Files.writeString(reference.resolve("banks.csv"), banks);
            Files.writeString(reference.resolve("stock.csv"), stock);
            Files.writeString(reference.resolve("prices.csv"), prices);
            Files.writeString(folder.resolve("request.json"), request());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String request() {
        int cell = parameters.site() == Site.CENTRE ? (gridSide / 2) * gridSide + gridSide / 2 : 0;
        Map<String, Double> demand = new LinkedHashMap<>();
        while (demand.size() < Math.min(parameters.lines(), habitats.size())) {
            Habitat habitat = pickHabitat();
            double units = habitat.ledger().equals("area") ? 0.2 + 2.8 * random.nextDouble() : 0.1 + 0.9 * random.nextDouble();
            demand.putIfAbsent(habitat.name(), Math.round(units * 1000) / 1000.0);
        }
        StringBuilder json = new StringBuilder("{\"site\":{\"lpa\":\"").append(lpa(cell)).append("\",\"nca\":\"").append(nca(cell))
                .append("\",\"waterbodyCatchment\":\"").append(catchment(cell)).append("\",\"operationalCatchment\":\"")
                .append(operationalCatchment(cell)).append("\"},\"demand\":[");
        String separator = "";
        for (Map.Entry<String, Double> line : demand.entrySet()) {
            json.append(separator).append("{\"habitat\":\"").append(line.getKey()).append("\",\"units\":").append(line.getValue()).append('}');
            separator = ",";
        }
        return json.append("]}\n").toString();
    }

    /** A habitat of a ledger drawn by the ledger shares. */
    private Habitat pickHabitat() {
        double draw = random.nextDouble();
        String ledger = draw < parameters.areaShare() ? "area"
                : draw < parameters.areaShare() + parameters.hedgerowShare() ? "hedgerow" : "watercourse";
        List<Habitat> ofLedger = habitats.stream().filter(h -> h.ledger().equals(ledger)).toList();
        return ofLedger.get(random.nextInt(ofLedger.size()));
    }

    /** Lower distinctiveness is commoner: more units in stock and a lower price. */
    private double units(Habitat habitat) {
        double[] range = switch (habitat.distinctiveness()) {
            case "Low" -> new double[] {5, 30};
            case "Medium" -> new double[] {2, 15};
            case "High" -> new double[] {0.5, 5};
            default -> new double[] {0.2, 2};
        };
        return range[0] + (range[1] - range[0]) * random.nextDouble();
    }

    private double basePrice(Habitat habitat) {
        double[] range = switch (habitat.distinctiveness()) {
            case "Low" -> new double[] {15_000, 25_000};
            case "Medium" -> new double[] {25_000, 35_000};
            case "High" -> new double[] {40_000, 60_000};
            default -> new double[] {70_000, 100_000};
        };
        double ledgerFactor = habitat.ledger().equals("area") ? 1 : habitat.ledger().equals("hedgerow") ? 1.2 : 1.5;
        return (range[0] + (range[1] - range[0]) * random.nextDouble()) * ledgerFactor;
    }

    /** The number of stock rows of each bank: about equal, varying by up to half. */
    private int[] spread(int rows, int banks) {
        int[] perBank = new int[banks];
        double mean = rows / (double) banks;
        int total = 0;
        for (int b = 0; b < banks; b++) {
            perBank[b] = Math.max(1, (int) Math.round(mean * (0.5 + random.nextDouble())));
            total += perBank[b];
        }
        for (int b = 0; total != rows && b < 10 * banks; b++) {
            int bank = b % banks;
            if (total < rows) {
                perBank[bank]++;
                total++;
            } else if (perBank[bank] > 1) {
                perBank[bank]--;
                total--;
            }
        }
        return perBank;
    }

    private String adjacency(String header, int cellsPerArea) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        int side = (gridSide + cellsPerArea - 1) / cellsPerArea;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                String area = cellsPerArea == 1 ? lpaName(r, c) : ncaName(r, c);
                if (c + 1 < side) {
                    csv.append(area).append(',').append(cellsPerArea == 1 ? lpaName(r, c + 1) : ncaName(r, c + 1)).append('\n');
                }
                if (r + 1 < side) {
                    csv.append(area).append(',').append(cellsPerArea == 1 ? lpaName(r + 1, c) : ncaName(r + 1, c)).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private int row(int cell) {
        return cell / gridSide;
    }

    private int column(int cell) {
        return cell % gridSide;
    }

    private String lpa(int cell) {
        return lpaName(row(cell), column(cell));
    }

    private String nca(int cell) {
        return ncaName(row(cell) / NCA_SIDE, column(cell) / NCA_SIDE);
    }

    private static String lpaName(int row, int column) {
        return String.format(Locale.ROOT, "LPA %02d-%02d", row, column);
    }

    private static String ncaName(int row, int column) {
        return String.format(Locale.ROOT, "NCA %02d-%02d", row, column);
    }

    /** Waterbody catchments are finer than NCAs and coarser than LPAs: one per NCA. */
    private String catchment(int cell) {
        return "Waterbody " + nca(cell);
    }

    private String operationalCatchment(int cell) {
        return String.format(Locale.ROOT, "Operational %02d", row(cell) / (2 * NCA_SIDE));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quoteCsv(String value) {
        return value.contains(",") ? '"' + value + '"' : value;
    }

    /** Splits a sample CSV line with optional double quotes (no escaped quotes occur in the catalogue). */
    private static String[] splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    private static String sample(String file) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(ReferenceCsv.SAMPLE_RESOURCE_FOLDER + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
