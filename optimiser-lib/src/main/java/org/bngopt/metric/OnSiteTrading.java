package org.bngopt.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One ledger's on-site trading (metric-import.md §4) and net-gain headline (§6): the metric's own rules
 * let surpluses offset deficits on site; what is left unmet becomes demand lines, and the requirement not
 * covered by what surplus remains becomes the ledger's Net Gain line.
 */
final class OnSiteTrading {
    static final double EPSILON = 1e-9;
    static final double NOISE = 1e-4;
    private static final Set<String> PRIORITY_GROUPS = Set.of("cropland", "lakes", "sparsely vegetated land", "urban",
            "individual trees", "woodland and forest", "intertidal sediment", "intertidal hard structures");

    /** A deficit or surplus with the units still to place. */
    private static final class Item {
        final TradingSheet.Entry entry;
        final int order;
        double left;

        Item(TradingSheet.Entry entry, int order) {
            this.entry = entry;
            this.order = order;
            this.left = Math.abs(entry.change());
        }
    }

    private final Ledger ledger;
    private final List<Item> deficits = new ArrayList<>();
    private final List<Item> surpluses = new ArrayList<>();
    private final List<MetricImport.Transfer> transfers = new ArrayList<>();

    private OnSiteTrading(Ledger ledger, List<TradingSheet.Entry> entries) {
        this.ledger = ledger;
        for (int i = 0; i < entries.size(); i++) {
            (entries.get(i).change() < 0 ? deficits : surpluses).add(new Item(entries.get(i), i));
        }
    }

    static OnSiteTrading of(Ledger ledger, List<TradingSheet.Entry> entries) {
        OnSiteTrading trading = new OnSiteTrading(ledger, entries);
        trading.offset();
        return trading;
    }

    /** Deficits whose band is unknown (or takes no part in this ledger): bought as they are. */
    List<TradingSheet.Entry> unknownDeficits() {
        return deficits.stream().filter(d -> !takesPart(d)).map(d -> d.entry).toList();
    }

    private void offset() {
        List<Item> order = deficits.stream().filter(this::takesPart)
                .sorted(Comparator.comparingInt((Item d) -> d.entry.band().processingOrder())
                        .thenComparing(d -> priorityMedium(d) ? 0 : 1)
                        .thenComparingInt(d -> d.order))
                .toList();
        for (Item deficit : order) {
            List<Item> eligible = surpluses.stream().filter(s -> takesPart(s) && s.left > EPSILON && eligible(s, deficit))
                    .sorted(Comparator.comparingInt((Item s) -> s.entry.band().rank(ledger))
                            .thenComparing(s -> -s.left).thenComparingInt(s -> s.order))
                    .toList();
            for (Item surplus : eligible) {
                if (deficit.left <= EPSILON) {
                    break;
                }
                double given = Math.min(deficit.left, surplus.left);
                deficit.left -= given;
                surplus.left -= given;
                if (ledger == Ledger.AREA) {
                    transfers.add(new MetricImport.Transfer(deficit.entry.habitat(), deficit.entry.group(),
                            deficit.entry.band().label(), surplus.entry.habitat(), surplus.entry.group(),
                            surplus.entry.band().label(), round(given, 6), priorityMedium(deficit)));
                }
            }
        }
    }

    private boolean takesPart(Item item) {
        return item.entry.band() != null && item.entry.band().rank(ledger) >= 0;
    }

    private boolean priorityMedium(Item deficit) {
        return ledger == Ledger.AREA && deficit.entry.band() == Band.MEDIUM
                && PRIORITY_GROUPS.contains(deficit.entry.group().toLowerCase(Locale.ROOT));
    }

    private boolean eligible(Item surplus, Item deficit) {
        Band d = deficit.entry.band();
        int sRank = surplus.entry.band().rank(ledger);
        int dRank = d.rank(ledger);
        boolean identical = surplus.entry.habitat().equals(deficit.entry.habitat());
        return switch (ledger) {
            case AREA -> switch (d) {
                case VERY_HIGH, HIGH -> identical;
                case MEDIUM -> sRank > dRank || (surplus.entry.band() == Band.MEDIUM && !deficit.entry.group().isEmpty()
                        && surplus.entry.group().equalsIgnoreCase(deficit.entry.group()));
                default -> sRank >= dRank;
            };
            case HEDGEROW -> d == Band.VERY_HIGH || d == Band.HIGH ? identical : sRank >= dRank;
            case WATERCOURSE -> {
                boolean sameType = watercourseType(surplus.entry.habitat()).equals(watercourseType(deficit.entry.habitat()));
                yield switch (d) {
                    case VERY_HIGH -> false;
                    case HIGH, MEDIUM -> sameType && sRank >= dRank;
                    default -> sameType && sRank > dRank;
                };
            }
        };
    }

    static String watercourseType(String habitat) {
        String name = habitat.toLowerCase(Locale.ROOT);
        if (name.contains("river") || name.contains("stream")) {
            return "rivers/streams";
        }
        for (String type : List.of("canal", "ditch", "culvert", "priority habitat")) {
            if (name.contains(type)) {
                return type;
            }
        }
        return name;
    }

    /** §4.3: each deficit still unmet by more than the noise, in sheet order. */
    List<MetricImport.Line> residualLines() {
        return deficits.stream().sorted(Comparator.comparingInt(d -> d.order)).filter(d -> d.left > NOISE)
                .map(d -> new MetricImport.Line(d.entry.habitat(), round(d.left, 6))).toList();
    }

    /**
     * §6: the requirement left after the remaining surpluses (highest band first, unknown as rank 0, then
     * larger, then sheet order) have served it; consumed from the surpluses. Null when nothing is left.
     */
    MetricImport.Line netGain(double requirement) {
        double left = requirement;
        List<Item> order = surpluses.stream().filter(s -> s.left > EPSILON)
                .sorted(Comparator.comparingInt((Item s) -> -Math.max(0, s.entry.band() == null ? 0 : s.entry.band().rank(ledger)))
                        .thenComparing(s -> -s.left).thenComparingInt(s -> s.order))
                .toList();
        for (Item surplus : order) {
            if (left <= EPSILON) {
                break;
            }
            double used = Math.min(left, surplus.left);
            surplus.left -= used;
            left -= used;
        }
        if (left <= EPSILON) {
            return null;
        }
        BigDecimal units = round(left, 4);
        return units.signum() > 0 ? new MetricImport.Line(ledger.netGainLabel(), units) : null;
    }

    /** §7: the surpluses with units left, in sheet order (reported for the area ledger). */
    List<MetricImport.Surplus> remaining() {
        return surpluses.stream().sorted(Comparator.comparingInt(s -> s.order)).filter(s -> s.left > EPSILON)
                .map(s -> new MetricImport.Surplus(s.entry.habitat(), s.entry.group(),
                        s.entry.band() == null ? s.entry.bandText() : s.entry.band().label(), round(s.left, 6)))
                .toList();
    }

    List<MetricImport.Transfer> transfers() {
        return transfers;
    }

    static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
