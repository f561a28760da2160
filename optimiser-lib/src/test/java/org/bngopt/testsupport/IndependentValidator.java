package org.bngopt.testsupport;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.DemandLine;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.reference.Adjacency;
import org.bngopt.reference.Bank;
import org.bngopt.reference.ContractSize;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.Price;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.StockParcel;
import org.bngopt.reference.TradingRule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a result against the tables without calling the code under test: every allocation's
 * legality (R6), tier and SRM (R2, R3), price (R4, R7, R12.1), the SRM-aware pool capacity (R3, R13)
 * and the sums (R10.3, R12.3). Written separately from the rule classes on purpose, so a shared
 * misreading of the rules cannot hide.
 */
public final class IndependentValidator {
    private static final String FELLED = "Woodland and forest - Felled/Replacement for felled woodland";
    private static final BigDecimal CAPACITY_SLACK = new BigDecimal("0.000002");

    private final ReferenceData data;
    private final Map<String, Habitat> habitats = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, Bank> banks = new HashMap<>();

    public IndependentValidator(ReferenceData data) {
        this.data = data;
        data.habitats().forEach(h -> habitats.put(h.name(), h));
        data.distinctivenessLevels().forEach(l -> levels.put(l.name(), l.level()));
        data.banks().forEach(b -> banks.put(b.id(), b));
    }

    /** @return every violation found; empty when the result is legal and consistent */
    public List<String> violations(QuoteRequest request, QuoteResult result) {
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> pools = pools(request);
        Map<String, BigDecimal> used = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (DemandLine line : request.demand()) {
            if (!line.habitat().equals(FELLED)) {
                total = total.add(line.units());
            }
        }
        String size = contractSize(total);
        String priceSize = request.options().promoterDiscount().type().name().equals("TIER_UP") ? nextSize(size) : size;
        Map<Integer, BigDecimal> delivered = new HashMap<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Allocation a : result.allocations()) {
            String where = "allocation line " + a.lineIndex() + " " + a.bankId() + " " + a.supplyHabitat();
            DemandLine line = request.demand().get(a.lineIndex());
            String demand = line.habitat();
            Bank bank = banks.get(a.bankId());
            if (bank == null) {
                problems.add(where + ": unknown bank");
                continue;
            }
            String tier = tier(request, bank, ledgerOfDemand(demand));
            check(problems, tier.equals(a.tier()), where + ": tier " + a.tier() + " but the site makes it " + tier);
            BigDecimal srm = srm(tier);
            check(problems, srm.compareTo(a.srm()) == 0, where + ": srm " + a.srm());
            check(problems, legal(demand, a.supplyHabitat(), pools), where + ": supply is not legal for " + demand);
            BigDecimal mainPrice = price(a.bankId(), tier, priceSize, demand, a.supplyHabitat(), request);
            check(problems, mainPrice != null, where + ": no price for the supply");
            BigDecimal expectedPrice = mainPrice;
            if ("paired".equals(a.allocationType())) {
                AllocationPart companion = a.parts().get(1);
                check(problems, !"local".equals(tier) && ledgerOfDemand(demand).equals("area"), where + ": pairing not allowed here");
                check(problems, !companion.habitat().equals(a.supplyHabitat()) && isArea(companion.habitat())
                        && level(companion.habitat()) >= levels.get("Low"), where + ": illegal companion");
                BigDecimal companionPrice = price(a.bankId(), tier, priceSize, demand, companion.habitat(), request);
                check(problems, companionPrice != null && companionPrice.compareTo(companion.unitPrice()) == 0,
                        where + ": companion price " + companion.unitPrice() + " expected " + companionPrice);
                if (mainPrice != null && companionPrice != null) {
                    expectedPrice = srm.multiply(mainPrice).add(BigDecimal.ONE.subtract(srm).multiply(companionPrice));
                }
                used.merge(a.bankId() + "|" + a.supplyHabitat(), a.units(), BigDecimal::add);
                used.merge(a.bankId() + "|" + companion.habitat(),
                        a.units().multiply(BigDecimal.ONE.subtract(srm)).divide(srm, MathContext.DECIMAL128), BigDecimal::add);
            } else {
                used.merge(a.bankId() + "|" + a.supplyHabitat(), a.units().divide(srm, MathContext.DECIMAL128), BigDecimal::add);
            }
            check(problems, expectedPrice != null && expectedPrice.compareTo(a.unitPrice()) == 0,
                    where + ": unit price " + a.unitPrice() + " expected " + expectedPrice);
            check(problems, a.units().multiply(a.unitPrice()).setScale(2, RoundingMode.HALF_UP).compareTo(a.cost()) == 0,
                    where + ": cost is not units × price rounded to pence");
            check(problems, a.units().divide(srm, MathContext.DECIMAL128).setScale(6, RoundingMode.HALF_UP)
                    .compareTo(a.stockUnits()) == 0, where + ": stockUnits");
            delivered.merge(a.lineIndex(), a.units(), BigDecimal::add);
            subtotal = subtotal.add(a.cost());
        }
        used.forEach((pool, units) -> {
            BigDecimal capacity = pools.get(pool);
            check(problems, capacity != null && units.compareTo(capacity.add(CAPACITY_SLACK)) <= 0,
                    "pool " + pool + " uses " + units + " of " + capacity);
        });
        for (LineResult line : result.lines()) {
            BigDecimal got = delivered.getOrDefault(line.lineIndex(), BigDecimal.ZERO);
            check(problems, got.compareTo(line.deliveredUnits()) == 0, "line " + line.lineIndex() + ": delivered");
            check(problems, line.units().subtract(got).max(BigDecimal.ZERO).compareTo(line.unmetUnits()) == 0,
                    "line " + line.lineIndex() + ": unmet");
        }
        check(problems, subtotal.compareTo(result.subtotal()) == 0, "subtotal is not the sum of row costs");
        check(problems, result.subtotal().subtract(result.suoDiscount()).add(result.adminFee()).compareTo(result.total()) == 0,
                "total is not subtotal − SUO + admin fee");
        check(problems, size.equals(result.contractSize()), "contract size " + result.contractSize() + " expected " + size);
        Set<String> usedBanks = new TreeSet<>();
        result.allocations().forEach(a -> usedBanks.add(a.bankId()));
        check(problems, new ArrayList<>(usedBanks).equals(result.banksUsed()), "banksUsed");
        check(problems, result.bankLimit() == null || usedBanks.size() <= result.bankLimit(), "more banks than the limit");
        return problems;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private Map<String, BigDecimal> pools(QuoteRequest request) {
        Map<String, BigDecimal> pools = new HashMap<>();
        for (StockParcel p : data.stock()) {
            if (!banks.containsKey(p.bankId()) || !habitats.containsKey(p.habitatName()) || p.habitatName().equals(FELLED)) {
                continue;
            }
            BigDecimal units = switch (request.options().quotesHoldPolicy()) {
                case IGNORE -> p.availableExclQuotes();
                case HOLD_100 -> p.availableExclQuotes().subtract(p.quoted());
                case HOLD_50 -> p.availableExclQuotes().subtract(p.quoted().divide(BigDecimal.valueOf(2)));
            };
            pools.merge(p.bankId() + "|" + p.habitatName(), units.max(BigDecimal.ZERO), BigDecimal::add);
        }
        pools.values().removeIf(units -> units.signum() == 0);
        return pools;
    }

    private String contractSize(BigDecimal total) {
        for (ContractSize size : pricedSizes()) {
            if (size.maxUnitsExclusive() == null || size.maxUnitsExclusive().compareTo(total) > 0) {
                return size.name();
            }
        }
        return pricedSizes().get(pricedSizes().size() - 1).name();
    }

    private String nextSize(String size) {
        List<ContractSize> sizes = pricedSizes();
        for (int i = 0; i < sizes.size() - 1; i++) {
            if (sizes.get(i).name().equals(size)) {
                return sizes.get(i + 1).name();
            }
        }
        return size;
    }

    private List<ContractSize> pricedSizes() {
        Set<String> priced = new HashSet<>();
        data.prices().forEach(p -> priced.add(p.contractSize()));
        return data.contractSizes().stream().filter(s -> priced.contains(s.name()))
                .sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
    }

    private String ledgerOfDemand(String demand) {
        return switch (demand) {
            case "Net Gain (Low-equivalent)" -> "area";
            case "Net Gain (Hedgerows)" -> "hedgerow";
            case "Net Gain (Watercourses)" -> "watercourse";
            default -> habitats.get(demand).ledger().code();
        };
    }

    private boolean isArea(String habitat) {
        return habitats.containsKey(habitat) && habitats.get(habitat).ledger().code().equals("area");
    }

    private int level(String habitat) {
        return levels.get(habitats.get(habitat).distinctiveness());
    }

    private String band(String demand) {
        return demand.startsWith("Net Gain (") ? "Low" : habitats.get(demand).distinctiveness();
    }

    private boolean legal(String demand, String supply, Map<String, BigDecimal> pools) {
        Habitat s = habitats.get(supply);
        if (s == null || supply.equals(FELLED) || !s.ledger().code().equals(ledgerOfDemand(demand))) {
            return false;
        }
        int low = levels.get("Low");
        if (demand.equals("Net Gain (Low-equivalent)") || demand.equals("Net Gain (Hedgerows)")) {
            return level(supply) >= low;
        }
        if (demand.equals("Net Gain (Watercourses)")) {
            return true;
        }
        String ledger = ledgerOfDemand(demand);
        String band = band(demand);
        int demandLevel = levels.get(band);
        if (ledger.equals("area")) {
            Set<String> explicit = new HashSet<>();
            boolean rows = false;
            for (TradingRule rule : data.tradingRules()) {
                if (rule.demandHabitat().equals(demand)) {
                    rows = true;
                    if (isArea(rule.allowedSupplyHabitat()) && (rule.minDistinctiveness() == null
                            || level(rule.allowedSupplyHabitat()) >= levels.get(rule.minDistinctiveness()))) {
                        explicit.add(rule.allowedSupplyHabitat());
                    }
                }
            }
            boolean stocked = explicit.stream().anyMatch(h -> pools.keySet().stream().anyMatch(k -> k.endsWith("|" + h)));
            if (rows && stocked) {
                return explicit.contains(supply);
            }
            return switch (band) {
                case "Very High", "High" -> supply.equals(demand);
                case "Medium" -> s.broadType().equals(habitats.get(demand).broadType()) && level(supply) >= demandLevel
                        || level(supply) > demandLevel;
                case "Low" -> level(supply) >= low;
                default -> true;
            };
        }
        if (ledger.equals("hedgerow")) {
            return band.equals("Very High") || band.equals("High") ? supply.equals(demand) : level(supply) >= demandLevel;
        }
        if (supply.equals(demand)) {
            return true;
        }
        boolean sameType = waterType(supply).equals(waterType(demand));
        return switch (band) {
            case "Very High" -> false;
            case "Low" -> sameType && level(supply) > demandLevel;
            default -> sameType && level(supply) >= demandLevel;
        };
    }

    private static String waterType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("river") || n.contains("stream") ? "rivers" : n.contains("canal") ? "canal"
                : n.contains("ditch") ? "ditch" : n.contains("culvert") ? "culvert" : n;
    }

    private BigDecimal price(String bankId, String tier, String size, String demand, String supply, QuoteRequest request) {
        BigDecimal exact = null;
        Map<String, BigDecimal> candidates = new HashMap<>();
        for (Price p : data.prices()) {
            if (p.bankId().equals(bankId) && p.tier().equals(tier) && p.contractSize().equals(size)
                    && habitats.containsKey(p.habitatName()) && !p.habitatName().equals(FELLED)) {
                candidates.merge(p.habitatName(), p.price(), BigDecimal::min);
                if (p.habitatName().equals(supply)) {
                    exact = exact == null ? p.price() : exact.min(p.price());
                }
            }
        }
        BigDecimal found = exact;
        if (found == null) {
            String ledger = ledgerOfDemand(demand);
            String band = band(demand);
            for (Map.Entry<String, BigDecimal> c : candidates.entrySet()) {
                Habitat h = habitats.get(c.getKey());
                boolean ok;
                if (!ledger.equals("area")) {
                    ok = h.ledger().code().equals(ledger);
                } else if (band.equals("Low")) {
                    ok = isArea(c.getKey());
                } else {
                    ok = false;
                }
                if (ok && (found == null || c.getValue().compareTo(found) < 0)) {
                    found = c.getValue();
                }
            }
            if (ledger.equals("area") && band.equals("Medium")) {
                found = mediumProxy(candidates, demand, true);
                if (found == null) {
                    found = mediumProxy(candidates, demand, false);
                }
            }
        }
        if (found == null) {
            return null;
        }
        var discount = request.options().promoterDiscount();
        if (discount.type().name().equals("PERCENTAGE")) {
            found = found.multiply(BigDecimal.valueOf(100).subtract(discount.value())).divide(BigDecimal.valueOf(100))
                    .setScale(2, RoundingMode.HALF_UP);
        }
        return found;
    }

    private BigDecimal mediumProxy(Map<String, BigDecimal> candidates, String demand, boolean sameGroup) {
        int demandLevel = levels.get("Medium");
        BigDecimal best = null;
        for (Map.Entry<String, BigDecimal> c : candidates.entrySet()) {
            if (!isArea(c.getKey())) {
                continue;
            }
            boolean ok = sameGroup
                    ? habitats.get(c.getKey()).broadType().equals(habitats.get(demand).broadType()) && level(c.getKey()) >= demandLevel
                    : level(c.getKey()) > demandLevel;
            if (ok && (best == null || c.getValue().compareTo(best) < 0)) {
                best = c.getValue();
            }
        }
        return best;
    }

    private BigDecimal srm(String tier) {
        return data.spatialRiskMultipliers().stream().filter(s -> s.tier().equals(tier)).findFirst().orElseThrow().multiplier();
    }

    private String tier(QuoteRequest request, Bank bank, String ledger) {
        var site = request.site();
        if (ledger.equals("watercourse")) {
            String swb = norm(site.waterbodyCatchment());
            String sop = norm(site.operationalCatchment());
            String bwb = norm(bank.waterbodyCatchment());
            String bop = norm(bank.operationalCatchment());
            if (swb != null && sop != null && bwb != null && bop != null) {
                return swb.equals(bwb) ? "local" : sop.equals(bop) ? "adjacent" : "far";
            }
        }
        String lpa = norm(site.lpa());
        String nca = norm(site.nca());
        if (lpa == null && nca == null) {
            return "far";
        }
        if (Objects.equals(norm(bank.lpa()), lpa) && lpa != null || Objects.equals(norm(bank.nca()), nca) && nca != null) {
            return "local";
        }
        Set<String> lpaNear = near(lpa, site.lpaNeighbours(), data.lpaAdjacency());
        Set<String> ncaNear = near(nca, site.ncaNeighbours(), data.ncaAdjacency());
        return lpaNear.contains(norm(bank.lpa())) || ncaNear.contains(norm(bank.nca())) ? "adjacent" : "far";
    }

    private static Set<String> near(String site, List<String> explicit, List<Adjacency> table) {
        Set<String> result = new HashSet<>();
        if (explicit != null) {
            explicit.forEach(n -> result.add(norm(n)));
        } else if (site != null) {
            for (Adjacency pair : table) {
                String a = norm(pair.a());
                String b = norm(pair.b());
                if (site.equals(a) && !site.equals(b)) {
                    result.add(b);
                }
                if (site.equals(b) && !site.equals(a)) {
                    result.add(a);
                }
            }
        }
        result.remove(null);
        return result;
    }

    /** R2.1, written again from the text of the rule. */
    static String norm(String name) {
        if (name == null) {
            return null;
        }
        String s = " " + name.toLowerCase(Locale.ROOT).replace("&", " and ") + " ";
        for (String phrase : List.of("city\\s+of", "royal\\s+borough\\s+of", "metropolitan\\s+borough\\s+of",
                "council", "borough", "district", "county", "unitary\\s+authority", "unitary", "city")) {
            s = s.replaceAll("(?<=[^a-z0-9])" + phrase + "(?=[^a-z0-9])", " ");
        }
        s = s.replaceAll("[^a-z0-9]", "");
        return s.isEmpty() ? null : s;
    }
}
