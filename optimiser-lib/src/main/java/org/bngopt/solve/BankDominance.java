package org.bngopt.solve;

import java.util.Arrays;
import java.util.List;

/**
 * Reduction D of {@link Dominance}: a bank whose every line another bank's unlimited offers beat (cheaper,
 * and no further from the site; equal prices and tiers go to the lower bank id) is never needed.
 */
final class BankDominance {
    private BankDominance() {
    }

    /** What one bank offers the lines it serves, in line order. */
    static final class Offers {
        int size;
        int unlimited;
        int[] line = new int[4];
        /** The cheapest price per delivered unit at the bank, and its tier weight. */
        double[] cheapest = new double[4];
        int[] tier = new int[4];
        /** The cheapest normal option on a pool that never runs out, or NaN. */
        double[] unlimitedPrice = new double[4];

        void add(int lineIndex, double price, int tierWeight, double unlimitedOffer) {
            if (size == line.length) {
                line = Arrays.copyOf(line, 2 * size);
                cheapest = Arrays.copyOf(cheapest, 2 * size);
                tier = Arrays.copyOf(tier, 2 * size);
                unlimitedPrice = Arrays.copyOf(unlimitedPrice, 2 * size);
            }
            line[size] = lineIndex;
            cheapest[size] = price;
            tier[size] = tierWeight;
            unlimitedPrice[size++] = unlimitedOffer;
            unlimited += Double.isNaN(unlimitedOffer) ? 0 : 1;
        }
    }

    /** Reduction D: banks whose every line another bank's unlimited offers beat. */
    static boolean[] dominated(Offers[] offers, List<String> bankIds) {
        int banks = offers.length;
        Integer[] byId = new Integer[banks];
        Arrays.setAll(byId, bank -> bank);
        Arrays.sort(byId, (a, b) -> bankIds.get(a).compareTo(bankIds.get(b)));
        int[] rank = new int[banks];
        for (int position = 0; position < banks; position++) {
            rank[byId[position]] = position;
        }
        boolean[] dominated = new boolean[banks];
        for (int b = 0; b < banks; b++) {
            for (int a = 0; a < banks && !dominated[b]; a++) {
                dominated[b] = a != b && offers[a].unlimited >= offers[b].size && beats(offers[a], rank[a] < rank[b], offers[b]);
            }
        }
        return dominated;
    }

    /**
     * Whether bank a's unlimited offers beat, line by line, everything bank b offers. Ties in price and
     * tier go to the lower bank id, so two banks never remove each other.
     */
    private static boolean beats(Offers a, boolean tieGoesToA, Offers b) {
        int i = 0;
        for (int j = 0; j < b.size; j++) {
            while (i < a.size && a.line[i] < b.line[j]) {
                i++;
            }
            if (i == a.size || a.line[i] != b.line[j] || Double.isNaN(a.unlimitedPrice[i])) {
                return false;
            }
            double price = a.unlimitedPrice[i];
            // Every option of a bank for one line has the same tier (the bank's, for the line's ledger).
            int tierOfA = a.tier[i];
            boolean better = price < b.cheapest[j] && tierOfA <= b.tier[j]
                    || price == b.cheapest[j] && (tierOfA < b.tier[j] || tierOfA == b.tier[j] && tieGoesToA);
            if (!better) {
                return false;
            }
        }
        return true;
    }
}
