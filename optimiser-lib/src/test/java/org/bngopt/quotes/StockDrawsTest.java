package org.bngopt.quotes;

import org.bngopt.quote.Allocation;
import org.bngopt.quote.AllocationPart;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.SolverStatus;
import org.bngopt.quotes.StockDraws.Draw;
import org.bngopt.quotes.StockDraws.Parcel;
import org.bngopt.quotes.StockDraws.Pool;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StockDrawsTest {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Allocation row(String bank, String habitat, String stockUnits, List<AllocationPart> parts) {
        return new Allocation(0, "lost", bank, bank, habitat, parts == null ? "normal" : "paired", "local", BigDecimal.ONE,
                d(stockUnits), d(stockUnits), BigDecimal.TEN, BigDecimal.TEN, "exact", parts);
    }

    @Test
    void pairedRowsDrawEachPartFromItsOwnPool() {
        QuoteResult result = new QuoteResult(List.of(
                row("B2", "Grassland", "1.5", null),
                row("B1", "Heath", "2", List.of(new AllocationPart("main", "Heath", d("1.2"), BigDecimal.ONE, "exact"),
                        new AllocationPart("companion", "Scrub", d("0.8"), BigDecimal.ONE, "exact"))),
                row("B2", "Grassland", "0.25", null)), List.of(), "small", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, List.of(), true, "v", SolverStatus.OPTIMAL);

        assertThat(StockDraws.byPool(result)).containsExactly(
                java.util.Map.entry(new Pool("B1", "Heath"), d("1.2")),
                java.util.Map.entry(new Pool("B1", "Scrub"), d("0.8")),
                java.util.Map.entry(new Pool("B2", "Grassland"), d("1.75")));
    }

    @Test
    void aHoldFillsRowsInStockIdOrderAndPutsAnyExcessOnTheLast() {
        List<Parcel> rows = List.of(new Parcel("S2", d("5"), d("0")), new Parcel("S1", d("3"), d("2")),
                new Parcel("S3", d("1"), d("1")));
        assertThat(StockDraws.hold(d("4"), rows)).containsExactly(new Draw("S1", d("1")), new Draw("S2", d("3")));
        assertThat(StockDraws.hold(d("9"), rows)).as("more than is free: a hold may promise it")
                .containsExactly(new Draw("S1", d("1")), new Draw("S2", d("5")), new Draw("S3", d("3")));
    }

    @Test
    void aSaleTakesAvailableUnitsInOrderOrNothing() {
        List<Parcel> rows = List.of(new Parcel("S2", d("5"), d("5")), new Parcel("S1", d("0.5"), d("0")));
        assertThat(StockDraws.sale(d("3"), rows)).hasValueSatisfying(draws ->
                assertThat(draws).containsExactly(new Draw("S1", d("0.5")), new Draw("S2", d("2.5"))));
        assertThat(StockDraws.sale(d("5.5"), rows)).isPresent();
        assertThat(StockDraws.sale(d("5.51"), rows)).as("the pool is short").isEmpty();
    }
}
