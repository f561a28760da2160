package org.bngopt.metric;

import org.bngopt.reference.ReferenceCsv;
import org.bngopt.rules.Catalogue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricDemandTest {
    private static final Catalogue CATALOGUE = new Catalogue(ReferenceCsv.readSample());

    @Test
    void unknownAreaHabitatsAreFlaggedUnknownLinearOnesBecomeNetGainAndTheSuoSurplusIsMediumOrBetter() {
        MetricImport metric = new MetricImport("ok", null,
                List.of(line("Grassland - Other neutral grassland", "1.5"), line("Grassland - Moon meadow", "0.5"),
                        line("Woodland and forest - Felled/Replacement for felled woodland", "0.2")),
                List.of(line("Hedgerow - Imaginary", "0.3")), List.of(), null,
                List.of(new MetricImport.Surplus("A", "G", "Medium", new BigDecimal("1.25")),
                        new MetricImport.Surplus("B", "G", "Low", new BigDecimal("4")),
                        new MetricImport.Surplus("C", "G", "Very High", new BigDecimal("0.5"))),
                List.of(), List.of());

        MetricDemand demand = MetricDemand.of(metric, CATALOGUE);

        assertThat(demand.lines()).extracting(MetricDemand.Line::habitat).containsExactly("Grassland - Other neutral grassland",
                "Grassland - Moon meadow", "Woodland and forest - Felled/Replacement for felled woodland", "Net Gain (Hedgerows)");
        assertThat(demand.lines().get(1).inCatalogue()).isFalse();
        assertThat(demand.lines().get(2).note()).contains("by hand");
        assertThat(demand.lines().get(3).note()).contains("Hedgerow - Imaginary");
        assertThat(demand.suoEligibleSurplus()).isEqualByComparingTo("1.75");
        assertThat(demand.readyToQuote()).isFalse();
    }

    private static MetricImport.Line line(String habitat, String units) {
        return new MetricImport.Line(habitat, new BigDecimal(units));
    }
}
