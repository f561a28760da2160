package org.bngopt.solve;

import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.reference.ReferenceData;
import org.bngopt.testsupport.IndependentValidator;
import org.bngopt.testsupport.ReferenceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties on seeded random instances (no explicit trading rules), every result checked by the
 * independent validator: more stock never means more unmet units or (beyond the stage-3 allowance) a
 * dearer complete quote, and the optimum is never dearer than a simple greedy allocation.
 */
class OptimiserPropertiesTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final List<String> HABITATS = List.of("Grassland - Other neutral grassland",
            "Grassland - Lowland meadows", "Grassland - Modified grassland", "Heathland and shrub - Mixed scrub",
            "Woodland and forest - Lowland mixed deciduous woodland", "Cropland - Cereal crops");
    private static final List<String> PLACES = List.of("North", "South", "East", "West");

    /** A generated instance: stock rows as (bank, habitat, units, local price), demand lines and the site. */
    record Instance(List<String[]> banks, List<String[]> stock, List<String[]> lines, String siteLpa) {
        ReferenceData reference(String extraStockBank, String extraStockHabitat, String extraUnits) {
            ReferenceBuilder builder = new ReferenceBuilder();
            banks.forEach(bank -> builder.bank(bank[0], bank[1], "NCA-" + bank[0]));
            stock.forEach(row -> builder.stock(row[0], row[1], row[2], row[3]));
            if (extraStockBank != null) {
                String price = stock.stream().filter(r -> r[0].equals(extraStockBank) && r[1].equals(extraStockHabitat))
                        .findFirst().orElseThrow()[3];
                builder.stock(extraStockBank, extraStockHabitat, extraUnits, price);
            }
            return builder.build();
        }

        String request() {
            StringBuilder json = new StringBuilder("{\"site\":{\"lpa\":\"" + siteLpa + "\",\"nca\":\"Site\"},\"demand\":[");
            for (int i = 0; i < lines.size(); i++) {
                json.append(i == 0 ? "" : ",").append("{\"habitat\":\"").append(lines.get(i)[0])
                        .append("\",\"units\":").append(lines.get(i)[1]).append('}');
            }
            return json.append("]}").toString();
        }
    }

    static Instance generate(long seed) {
        Random random = new Random(seed);
        List<String[]> banks = new ArrayList<>();
        List<String[]> stock = new ArrayList<>();
        int bankCount = 3 + random.nextInt(4);
        for (int b = 0; b < bankCount; b++) {
            String id = "B" + b;
            banks.add(new String[] {id, PLACES.get(random.nextInt(PLACES.size()))});
            Set<String> stocked = new HashSet<>();
            int habitats = 1 + random.nextInt(3);
            while (stocked.size() < habitats) {
                stocked.add(HABITATS.get(random.nextInt(HABITATS.size())));
            }
            for (String habitat : stocked) {
                stock.add(new String[] {id, habitat, decimal(0.3 + random.nextDouble() * 3.7, 3),
                        decimal(15000 + random.nextInt(45000), 0)});
            }
        }
        List<String[]> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(3);
        for (int l = 0; l < lineCount; l++) {
            lines.add(new String[] {HABITATS.get(random.nextInt(HABITATS.size())), decimal(0.1 + random.nextDouble() * 2.9, 3)});
        }
        return new Instance(banks, stock, lines, PLACES.get(random.nextInt(PLACES.size())));
    }

    private static String decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static QuoteResult quote(ReferenceData data, String request) {
        Optimiser optimiser = new Optimiser(data);
        QuoteRequest parsed = optimiser.parse(request);
        QuoteResult result = optimiser.quote(parsed, LIMIT);
        assertThat(new IndependentValidator(data).violations(parsed, result)).as("validator").isEmpty();
        return result;
    }

    private static BigDecimal unmet(QuoteResult result) {
        return result.lines().stream().map(line -> line.unmetUnits()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal allowance(QuoteResult result, QuoteResult other) {
        BigDecimal stage3 = BigDecimal.TEN.min(result.subtotal().multiply(new BigDecimal("0.0001")));
        BigDecimal pennies = new BigDecimal("0.01").multiply(BigDecimal.valueOf(result.allocations().size() + other.allocations().size()));
        return stage3.add(pennies);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreStockNeverMeansMoreUnmetUnitsOrADearerCompleteQuote(long seed) {
        Instance instance = generate(seed);
        String[] grown = instance.stock().get(new Random(seed * 31).nextInt(instance.stock().size()));

        QuoteResult before = quote(instance.reference(null, null, null), instance.request());
        QuoteResult after = quote(instance.reference(grown[0], grown[1], "2.5"), instance.request());

        assertThat(unmet(after)).isLessThanOrEqualTo(unmet(before));
        if (before.complete() && before.bankLimit() != null) {
            assertThat(after.subtotal()).isLessThanOrEqualTo(before.subtotal().add(allowance(before, after)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverDearerThanAGreedyAllocationThatMeetsTheSameLines(long seed) {
        Instance instance = generate(seed);
        QuoteResult result = quote(instance.reference(null, null, null), instance.request());
        if (result.bankLimit() == null) {
            return;
        }

        BigDecimal greedy = greedyCost(instance, result.bankLimit());

        if (greedy != null) {
            assertThat(result.complete()).isTrue();
            assertThat(result.subtotal()).isLessThanOrEqualTo(greedy.add(allowance(result, result)));
        }
    }

    /**
     * Each line in turn takes its own habitat from the cheapest banks (normal options only), opening a
     * new bank only within the limit. Returns the cost, or null when it cannot meet every line.
     */
    private static BigDecimal greedyCost(Instance instance, int bankLimit) {
        Map<String, BigDecimal> remaining = new HashMap<>();
        Map<String, String> lpaOf = new HashMap<>();
        instance.banks().forEach(bank -> lpaOf.put(bank[0], bank[1]));
        instance.stock().forEach(row -> remaining.merge(row[0] + "|" + row[1], new BigDecimal(row[2]), BigDecimal::add));
        Set<String> banksUsed = new HashSet<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (String[] line : instance.lines()) {
            BigDecimal needed = new BigDecimal(line[1]);
            List<String[]> candidates = instance.stock().stream().filter(row -> row[1].equals(line[0]))
                    .sorted(Comparator.comparing((String[] row) -> price(row, lpaOf, instance.siteLpa())).thenComparing(row -> row[0]))
                    .toList();
            for (String[] row : candidates) {
                if (needed.signum() == 0 || !banksUsed.contains(row[0]) && banksUsed.size() == bankLimit) {
                    continue;
                }
                BigDecimal srm = lpaOf.get(row[0]).equals(instance.siteLpa()) ? BigDecimal.ONE : new BigDecimal("0.5");
                BigDecimal deliverable = remaining.get(row[0] + "|" + row[1]).multiply(srm);
                BigDecimal take = needed.min(deliverable);
                if (take.signum() > 0) {
                    banksUsed.add(row[0]);
                    remaining.merge(row[0] + "|" + row[1], take.divide(srm).negate(), BigDecimal::add);
                    cost = cost.add(take.multiply(price(row, lpaOf, instance.siteLpa())));
                    needed = needed.subtract(take);
                }
            }
            if (needed.signum() > 0) {
                return null;
            }
        }
        return cost;
    }

    private static BigDecimal price(String[] row, Map<String, String> lpaOf, String siteLpa) {
        BigDecimal local = new BigDecimal(row[3]);
        return lpaOf.get(row[0]).equals(siteLpa) ? local : local.multiply(BigDecimal.valueOf(2));
    }
}
