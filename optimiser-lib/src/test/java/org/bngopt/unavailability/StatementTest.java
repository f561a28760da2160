package org.bngopt.unavailability;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatementTest {
    private static final Unavailability EXPLAINED = new Unavailability("v", 12, 2, "small", List.of(
            new Unavailability.Line(0, "Wetland - Lowland fens", "area", new BigDecimal("2.774"), "INSUFFICIENT_STOCK", List.of(), List.of()),
            new Unavailability.Line(1, "Culvert", "watercourse", new BigDecimal("0.3"), "NO_LEGAL_SUPPLY", List.of(), List.of()),
            new Unavailability.Line(2, "Woodland and forest - Felled/Replacement for felled woodland", "area", BigDecimal.ONE,
                    "MANUAL_PRICING_REQUIRED", List.of(), List.of())));

    @Test
    void anEmptyTableIsSaidNotGuessed() {
        Statement.Credits credits = Statement.credits(EXPLAINED, StatutoryCredits.NONE);
        assertThat(credits.lines()).isEmpty();
        assertThat(credits.total()).isNull();
        assertThat(credits.note()).startsWith("No statutory credit prices are recorded");
    }

    @Test
    void twoCreditsAUnitAtTheTiersPriceAndAnUntieredHabitatNamed() {
        StatutoryCredits table = new StatutoryCredits("credits-3", Map.of("A2", new BigDecimal("42000")),
                Map.of("Wetland - Lowland fens", "A2"));
        Statement.Credits credits = Statement.credits(EXPLAINED, table);
        assertThat(credits.lines()).singleElement().satisfies(line -> {
            assertThat(line.credits()).isEqualByComparingTo("5.548");
            assertThat(line.cost()).isEqualByComparingTo("233016.00");
        });
        assertThat(credits.total()).isEqualByComparingTo("233016.00");
        assertThat(credits.version()).isEqualTo("credits-3");
        assertThat(credits.note()).as("felled woodland is the broker's, not the scheme's").isEqualTo(
                "The statutory credits table gives no tier for Culvert.");
    }
}
