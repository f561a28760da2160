package org.bngopt.quotes;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.QuoteResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stock a quote draws (quotes.md Q4): the {@code stockUnits} of each allocation row from its pool
 * (bank, supply habitat), each part of a paired row from its own pool; and how those units are spread over
 * a pool's stock rows, in ascending stock id.
 */
public final class StockDraws {
    /** A stock pool: one habitat at one bank. */
    public record Pool(String bankId, String habitat) implements Comparable<Pool> {
        private static final Comparator<Pool> ORDER = Comparator.comparing(Pool::bankId).thenComparing(Pool::habitat);

        @Override
        public int compareTo(Pool other) {
            return ORDER.compare(this, other);
        }
    }

    /** One stock row as it stands. */
    public record Parcel(String stockId, BigDecimal available, BigDecimal quoted) {
    }

    /** Units taken from one stock row. */
    public record Draw(String stockId, BigDecimal units) {
    }

    private StockDraws() {
    }

    /** The units the result draws from each pool, pools in a fixed order (so locks are taken in one order). */
    public static Map<Pool, BigDecimal> byPool(QuoteResult result) {
        Map<Pool, BigDecimal> pools = new TreeMap<>();
        for (Allocation row : result.allocations()) {
            if (row.parts() == null || row.parts().isEmpty()) {
                pools.merge(new Pool(row.bankId(), row.supplyHabitat()), row.stockUnits(), BigDecimal::add);
            } else {
                for (AllocationPart part : row.parts()) {
                    pools.merge(new Pool(row.bankId(), part.habitat()), part.stockUnits(), BigDecimal::add);
                }
            }
        }
        pools.values().removeIf(units -> units.signum() <= 0);
        return pools;
    }

    /**
     * A hold: rows in ascending id, each up to what it has not yet got held (available − quoted, at least
     * 0); whatever is left goes on the last row, since a hold may promise more than is free (rules.md R13).
     */
    public static List<Draw> hold(BigDecimal units, List<Parcel> rows) {
        List<Parcel> sorted = sorted(rows);
        List<Draw> draws = new ArrayList<>();
        BigDecimal left = units;
        for (int i = 0; i < sorted.size() && left.signum() > 0; i++) {
            Parcel row = sorted.get(i);
            BigDecimal take = i == sorted.size() - 1 ? left : left.min(row.available().subtract(row.quoted()).max(BigDecimal.ZERO));
            if (take.signum() > 0) {
                draws.add(new Draw(row.stockId(), take));
                left = left.subtract(take);
            }
        }
        return draws;
    }

    /** A sale: rows in ascending id, each up to its available units; empty when the pool has too few. */
    public static Optional<List<Draw>> sale(BigDecimal units, List<Parcel> rows) {
        List<Draw> draws = new ArrayList<>();
        BigDecimal left = units;
        for (Parcel row : sorted(rows)) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(row.available().max(BigDecimal.ZERO));
            if (take.signum() > 0) {
                draws.add(new Draw(row.stockId(), take));
                left = left.subtract(take);
            }
        }
        return left.signum() > 0 ? Optional.empty() : Optional.of(draws);
    }

    private static List<Parcel> sorted(List<Parcel> rows) {
        return rows.stream().sorted(Comparator.comparing(Parcel::stockId)).toList();
    }
}
