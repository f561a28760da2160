package org.bngopt.testsupport;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.solve.Optimiser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator must catch what it is there to catch, or the tests that rely on it prove nothing. */
class IndependentValidatorTest {
    private static final ReferenceData SAMPLE = ReferenceCsv.readSample();
    private static final Optimiser OPTIMISER = new Optimiser(SAMPLE);
    private static final QuoteRequest REQUEST = OPTIMISER.parse(TestJson.resource("/golden/scenarios/p05_split_far_pairing.json"));
    private static final QuoteResult RESULT = OPTIMISER.quote(REQUEST, Duration.ofSeconds(30));

    private static List<String> violationsAfter(UnaryOperator<Allocation> change) {
        List<Allocation> allocations = new ArrayList<>(RESULT.allocations());
        allocations.set(0, change.apply(allocations.get(0)));
        QuoteResult tampered = new QuoteResult(allocations, RESULT.lines(), RESULT.contractSize(), RESULT.subtotal(),
                RESULT.suoDiscountFraction(), RESULT.suoDiscount(), RESULT.adminFee(), RESULT.total(), RESULT.banksUsed(),
                RESULT.bankLimit(), RESULT.warnings(), RESULT.complete(), RESULT.referenceDataVersion(), RESULT.solverStatus());
        return new IndependentValidator(SAMPLE).violations(REQUEST, tampered);
    }

    @Test
    void acceptsTheOptimisersResult() {
        assertThat(new IndependentValidator(SAMPLE).violations(REQUEST, RESULT)).isEmpty();
    }

    @Test
    void catchesAnIllegalSupply() {
        assertThat(violationsAfter(a -> new Allocation(a.lineIndex(), a.demandHabitat(), a.bankId(), a.bankName(),
                "Grassland - Modified grassland", a.allocationType(), a.tier(), a.srm(), a.units(), a.stockUnits(),
                a.unitPrice(), a.cost(), a.priceSource(), a.parts()))).anyMatch(v -> v.contains("not legal"));
    }

    @Test
    void catchesAWrongPriceAndCost() {
        assertThat(violationsAfter(a -> new Allocation(a.lineIndex(), a.demandHabitat(), a.bankId(), a.bankName(),
                a.supplyHabitat(), a.allocationType(), a.tier(), a.srm(), a.units(), a.stockUnits(),
                a.unitPrice().subtract(BigDecimal.ONE), a.cost(), a.priceSource(), a.parts())))
                .anyMatch(v -> v.contains("unit price")).anyMatch(v -> v.contains("cost"));
    }

    @Test
    void catchesAnOverdrawnPoolAndWrongSums() {
        assertThat(violationsAfter(a -> new Allocation(a.lineIndex(), a.demandHabitat(), a.bankId(), a.bankName(),
                a.supplyHabitat(), a.allocationType(), a.tier(), a.srm(), a.units().add(BigDecimal.ONE),
                a.stockUnits().add(BigDecimal.ONE), a.unitPrice(), a.units().add(BigDecimal.ONE).multiply(a.unitPrice())
                .setScale(2, java.math.RoundingMode.HALF_UP), a.priceSource(), a.parts())))
                .anyMatch(v -> v.startsWith("pool WC1P05")).anyMatch(v -> v.contains("delivered")).anyMatch(v -> v.contains("subtotal"));
    }

    @Test
    void catchesAWrongTier() {
        assertThat(violationsAfter(a -> new Allocation(a.lineIndex(), a.demandHabitat(), a.bankId(), a.bankName(),
                a.supplyHabitat(), a.allocationType(), "far", a.srm(), a.units(), a.stockUnits(), a.unitPrice(), a.cost(),
                a.priceSource(), a.parts()))).anyMatch(v -> v.contains("tier far"));
    }
}
