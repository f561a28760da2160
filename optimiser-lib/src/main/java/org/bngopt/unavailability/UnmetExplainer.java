package org.bngopt.unavailability;

import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.UnmetUnits;
import org.bngopt.reference.Bank;
import org.bngopt.reference.ContractSize;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.StockParcel;
import org.bngopt.rules.Catalogue;
import org.bngopt.rules.ContractSizes;
import org.bngopt.rules.PriceBook;
import org.bngopt.rules.StockPools;
import org.bngopt.rules.Tiers;
import org.bngopt.rules.TradingRules;
import org.bngopt.quotes.StockDraws;
import org.bngopt.quotes.StockDraws.Pool;
import org.bngopt.unavailability.Unavailability.Candidate;
import org.bngopt.unavailability.Unavailability.Why;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Explains a result's unmet lines with the rules the optimiser used: the legal supplies of each line
 * (trading rules), the banks with stock rows of them, each bank's tier for the site, its stock after the
 * request's quotes-hold policy, its price at the request's contract size, and the units this result took.
 */
public final class UnmetExplainer {
    private static final BigDecimal NOISE = new BigDecimal("0.0005");
    private static final String MANUAL_PRICING = "MANUAL_PRICING_REQUIRED";
    private final ReferenceData reference;
    private final Catalogue catalogue;

    public UnmetExplainer(ReferenceData reference) {
        this.reference = reference;
        this.catalogue = new Catalogue(reference);
    }

    public Unavailability explain(QuoteRequest request, QuoteResult result) {
        StockPools pools = new StockPools(reference, catalogue, request.options().quotesHoldPolicy());
        TradingRules trading = new TradingRules(catalogue, reference.tradingRules(), pools);
        Tiers tiers = new Tiers(request.site(), reference);
        ContractSizes sizes = new ContractSizes(reference);
        ContractSize size = reference.contractSizes().stream().filter(one -> one.name().equals(result.contractSize())).findFirst()
                .orElseGet(() -> sizes.forTotal(BigDecimal.ZERO));
        PriceBook prices = new PriceBook(reference, catalogue, sizes.priceSize(size, request.options().promoterDiscount().type()).name(),
                request.options().promoterDiscount());
        Map<Pool, BigDecimal> used = StockDraws.byPool(result);
        Set<String> banksUsed = new HashSet<>(result.banksUsed());
        boolean limitReached = result.bankLimit() != null && banksUsed.size() >= result.bankLimit();
        Map<String, Bank> banks = new HashMap<>();
        reference.banks().forEach(bank -> banks.put(bank.id(), bank));

        List<Unavailability.Line> lines = new ArrayList<>();
        for (LineResult line : result.lines()) {
            if (!UnmetUnits.isUnmet(line.unmetUnits()) || !catalogue.isDemandable(line.habitat())) {
                continue;
            }
            // Felled woodland is priced by the broker (rules.md R15): no bank is asked for it.
            Set<String> legal = MANUAL_PRICING.equals(line.reason()) ? Set.of() : new TreeSet<>(trading.legalSupplies(line.habitat()));
            Map<Pool, Candidate> candidates = new TreeMap<>();
            for (StockParcel parcel : reference.stock()) {
                Bank bank = banks.get(parcel.bankId());
                Pool key = new Pool(parcel.bankId(), parcel.habitatName());
                if (bank == null || !legal.contains(parcel.habitatName()) || candidates.containsKey(key)) {
                    continue;
                }
                String tier = tiers.tierOf(bank, catalogue.ledgerOf(line.habitat()));
                BigDecimal stock = java.util.Objects.requireNonNullElse(pools.units(bank.id(), parcel.habitatName()), BigDecimal.ZERO);
                boolean priced = prices.price(bank.id(), tier, line.habitat(), parcel.habitatName()).isPresent();
                BigDecimal taken = used.getOrDefault(key, BigDecimal.ZERO);
                Why why = why(stock, priced, taken, banksUsed.contains(bank.id()), limitReached);
                candidates.put(key, new Candidate(bank.id(), bank.name(), parcel.habitatName(), tier, stock, taken, priced, why,
                        words(why, tier, result, taken)));
            }
            lines.add(new Unavailability.Line(line.lineIndex(), line.habitat(), line.ledger(), line.unmetUnits(), line.reason(),
                    List.copyOf(legal), List.copyOf(candidates.values())));
        }
        return new Unavailability(reference.version(), reference.banks().size(), result.bankLimit(), result.contractSize(),
                List.copyOf(lines));
    }

    private static Why why(BigDecimal stock, boolean priced, BigDecimal taken, boolean bankUsed, boolean limitReached) {
        if (stock.compareTo(NOISE) < 0) {
            return Why.NO_STOCK;
        }
        if (!priced) {
            return Why.NO_PRICE;
        }
        if (taken.compareTo(stock.subtract(NOISE)) >= 0) {
            return Why.USED_BY_QUOTE;
        }
        if (!bankUsed && limitReached) {
            return Why.BANK_LIMIT;
        }
        return Why.OTHER_RULE;
    }

    private static String words(Why why, String tier, QuoteResult result, BigDecimal taken) {
        return switch (why) {
            case NO_STOCK -> "no units left after the quotes-hold policy";
            case NO_PRICE -> "no price for this habitat at a " + tier + " bank for a " + result.contractSize() + " contract";
            case USED_BY_QUOTE -> "all its units (" + taken.stripTrailingZeros().toPlainString() + ") went to this quote's lines";
            case BANK_LIMIT -> "the quote already uses " + result.bankLimit() + " banks, the most it may";
            case OTHER_RULE -> "using it would break another rule of the quote, such as a minimum delivery";
        };
    }
}
