package org.bngopt.solve;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.DemandLine;
import org.bngopt.quote.LineResult;
import org.bngopt.quote.QuoteOptions;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.RequestParser;
import org.bngopt.quote.SolverStatus;
import org.bngopt.reference.Bank;
import org.bngopt.reference.ContractSize;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.SpatialRiskMultiplier;
import org.bngopt.rules.Catalogue;
import org.bngopt.rules.ContractSizes;
import org.bngopt.rules.PriceBook;
import org.bngopt.rules.StockPools;
import org.bngopt.rules.SuoDiscount;
import org.bngopt.rules.Tiers;
import org.bngopt.rules.TradingRules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The optimiser for one reference-data snapshot: validates requests against its catalogue and turns
 * each request into the cheapest legal allocation and its quote (rules.md R1–R15). Thread-safe; build
 * one per snapshot and reuse it.
 */
public final class Optimiser {
    private static final BigDecimal DEFAULT_LIMIT_THRESHOLD = new BigDecimal(5);

    private final ReferenceData reference;
    private final Catalogue catalogue;
    private final ContractSizes contractSizes;
    private final Map<String, SpatialRiskMultiplier> srmByTier;
    private final Map<String, Bank> banks;

    public Optimiser(ReferenceData reference) {
        this.reference = reference;
        this.catalogue = new Catalogue(reference);
        this.contractSizes = new ContractSizes(reference);
        this.srmByTier = reference.spatialRiskMultipliers().stream()
                .collect(Collectors.toMap(SpatialRiskMultiplier::tier, Function.identity()));
        this.banks = reference.banks().stream().collect(Collectors.toMap(Bank::id, Function.identity()));
    }

    public String referenceDataVersion() {
        return reference.version();
    }

    /** Validates a JSON request body (§13) against this snapshot's catalogue. */
    public QuoteRequest parse(String json) {
        return RequestParser.parse(json, catalogue::isDemandable);
    }

    /**
     * Solves a one-line request built from this snapshot, and a tiny model on SCIP, so that the JIT and
     * both engines' first-use costs (about 0.5 s for ojalgo and 1 s to load SCIP's natives, measured)
     * are paid at start-up rather than by the first quoter.
     */
    public void warmUp() {
        reference.stock().stream().filter(parcel -> catalogue.isDemandable(parcel.habitatName())).findFirst().ifPresent(parcel -> {
            Bank bank = banks.get(parcel.bankId());
            String json = Json.compact(Map.of("site", Map.of("lpa", bank.lpa(), "nca", bank.nca()),
                    "demand", List.of(Map.of("habitat", parcel.habitatName(), "units", 1))));
            quote(parse(json), Duration.ofSeconds(5));
        });
        LinearModel tiny = new LinearModel(1);
        tiny.integer[0] = true;
        tiny.upper[0] = 1;
        tiny.weight[0] = 1;
        ScipEngine.INSTANCE.solve(tiny, 1_000);
    }

    public QuoteResult quote(QuoteRequest request, Duration timeLimit) {
        return quote(request, timeLimit, Progress.NONE);
    }

    public QuoteResult quote(QuoteRequest request, Duration timeLimit, Progress progress) {
        return quote(request, timeLimit, progress, Formulation.REDUCED);
    }

    QuoteResult quote(QuoteRequest request, Duration timeLimit, Progress progress, Formulation formulation) {
        List<DemandLine> demand = request.demand();
        QuoteOptions options = request.options();
        BigDecimal total = demand.stream().filter(line -> !isFelled(line)).map(DemandLine::units)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ContractSize size = contractSizes.forTotal(total);
        ContractSize priceSize = contractSizes.priceSize(size, options.promoterDiscount().type());

        long start = System.nanoTime();
        StockPools pools = new StockPools(reference, catalogue, options.quotesHoldPolicy());
        OptionBuilder builder = new OptionBuilder(catalogue, reference.banks(), new Tiers(request.site(), reference),
                srmByTier, new TradingRules(catalogue, reference.tradingRules(), pools), pools,
                new PriceBook(reference, catalogue, priceSize.name(), options.promoterDiscount()), options.allowPairing(),
                formulation, (int) demand.stream().filter(line -> !isFelled(line) && catalogue.ledgerOf(line.habitat()) == Ledger.AREA).count());
        long priced = System.nanoTime();
        List<Option> variables = new ArrayList<>();
        boolean[] hasNormalOption = new boolean[demand.size()];
        double[] units = new double[demand.size()];
        int[] mergedInto = new int[demand.size()];
        double[] modelDemand = new double[demand.size()];
        IdenticalLines identicalLines = new IdenticalLines();
        for (int line = 0; line < demand.size(); line++) {
            mergedInto[line] = line;
            if (isFelled(demand.get(line))) {
                continue;
            }
            units[line] = demand.get(line).units().doubleValue();
            List<Option> lineOptions = builder.optionsFor(line, demand.get(line).habitat());
            hasNormalOption[line] = lineOptions.stream().anyMatch(option -> option.kind() == Option.Kind.NORMAL);
            if (formulation == Formulation.REDUCED) {
                mergedInto[line] = identicalLines.representative(line, lineOptions);
            }
            if (mergedInto[line] == line) {
                variables.addAll(lineOptions);
            }
            modelDemand[mergedInto[line]] += units[line];
        }

        variables.addAll(builder.sharedCompanions());
        long built = System.nanoTime();
        int allVariables = variables.size();
        if (formulation == Formulation.REDUCED) {
            variables = Dominance.reduce(variables, modelDemand, pools::units);
        }

        int bankLimit = options.maxBanks() != null ? options.maxBanks()
                : total.compareTo(DEFAULT_LIMIT_THRESHOLD) <= 0 ? 2 : 5;
        long reduced = System.nanoTime();
        AllocationProblem problem = new AllocationProblem(variables, modelDemand, pools::units);
        SolveTrace.log("options: pools and prices %.1f ms, %d variables %.1f ms, %d kept by dominance %.1f ms, model data %.1f ms",
                (priced - start) / 1e6, allVariables, (built - priced) / 1e6, variables.size(), (reduced - built) / 1e6,
                (System.nanoTime() - reduced) / 1e6);
        progress.reached(Progress.Step.OPTIONS_BUILT);
        StagedOptimisation.Outcome outcome = new StagedOptimisation(problem, timeLimit, progress).run(bankLimit);
        progress.reached(Progress.Step.SOLVED);

        Decomposition.Rows rows = Decomposition.of(variables, outcome.x(), mergedInto, units);
        List<ResultAssembler.Draft> drafts = ResultAssembler.round(rows.options(), rows.units(), demand);
        TreeSet<String> warnings = new TreeSet<>();
        if (outcome.bankLimit() == null) {
            warnings.add("BANK_LIMIT_EXCEEDED");
        }
        String padding = ResultAssembler.padToMinimum(drafts, pools);
        if (padding != null) {
            warnings.add(padding);
        }
        return result(request, drafts, size, outcome, warnings, hasNormalOption);
    }

    private QuoteResult result(QuoteRequest request, List<ResultAssembler.Draft> drafts, ContractSize size,
                               StagedOptimisation.Outcome outcome, TreeSet<String> warnings, boolean[] hasNormalOption) {
        List<DemandLine> demand = request.demand();
        List<Allocation> allocations = new ArrayList<>();
        Map<Integer, BigDecimal> delivered = new HashMap<>();
        for (ResultAssembler.Draft draft : drafts) {
            int line = draft.option.lineIndex();
            allocations.add(ResultAssembler.allocation(draft, demand.get(line), banks.get(draft.option.bankId())));
            delivered.merge(line, draft.units, BigDecimal::add);
        }
        List<LineResult> lines = new ArrayList<>();
        for (int index = 0; index < demand.size(); index++) {
            DemandLine line = demand.get(index);
            String reason = isFelled(line) ? "MANUAL_PRICING_REQUIRED"
                    : hasNormalOption[index] ? "INSUFFICIENT_STOCK" : "NO_LEGAL_SUPPLY";
            lines.add(ResultAssembler.line(index, line, catalogue.ledgerOf(line.habitat()).code(),
                    delivered.getOrDefault(index, BigDecimal.ZERO), reason));
        }
        BigDecimal subtotal = allocations.stream().map(Allocation::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalDelivered = delivered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fraction = SuoDiscount.fraction(request.options().suoEligibleSurplus(), totalDelivered);
        BigDecimal suoDiscount = SuoDiscount.amount(subtotal, fraction);
        BigDecimal adminFee = allocations.isEmpty() ? BigDecimal.ZERO : size.adminFee();
        List<String> banksUsed = new ArrayList<>(new TreeSet<>(allocations.stream().map(Allocation::bankId).toList()));
        boolean complete = lines.stream().allMatch(line -> line.unmetUnits().signum() == 0);
        return new QuoteResult(allocations, lines, size.name(), subtotal, fraction, suoDiscount, adminFee,
                subtotal.subtract(suoDiscount).add(adminFee), banksUsed, outcome.bankLimit(), new ArrayList<>(warnings),
                complete, reference.version(), outcome.optimal() ? SolverStatus.OPTIMAL : SolverStatus.TIME_LIMIT);
    }

    private static boolean isFelled(DemandLine line) {
        return Catalogue.FELLED_WOODLAND.equals(line.habitat());
    }
}
