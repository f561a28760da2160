package org.bngopt.quote;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("R14.1 request defaults and R14.3 validation (§13)")
class RequestParserTest {
    private static final Set<String> KNOWN = Set.of("Grassland - Modified grassland", "Net Gain (Hedgerows)");

    private static QuoteRequest parse(String json) {
        return RequestParser.parse(json, KNOWN::contains);
    }

    private static List<FieldError> errors(String json) {
        return catchThrowableOfType(InvalidRequestException.class, () -> parse(json)).errors();
    }

    @Test
    void fillsEveryDefaultAndTrimsNames() {
        QuoteRequest request = parse("{\"demand\":[{\"habitat\":\"  Grassland - Modified grassland \",\"units\":1.50}],"
                + "\"site\":null,\"options\":{\"maxBanks\":null,\"unknown\":1}}");

        assertThat(request.demand()).singleElement().satisfies(line -> {
            assertThat(line.habitat()).isEqualTo("Grassland - Modified grassland");
            assertThat(line.units()).isEqualByComparingTo("1.5");
        });
        assertThat(request.site()).isEqualTo(Site.NONE);
        assertThat(request.options()).isEqualTo(QuoteOptions.DEFAULTS);
    }

    @Test
    void readsEveryOption() {
        QuoteRequest request = parse("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":2}],"
                + "\"site\":{\"lpa\":\"Winchester\",\"ncaNeighbours\":[]},"
                + "\"options\":{\"quotesHoldPolicy\":\"HOLD_50\",\"promoterDiscount\":{\"type\":\"PERCENTAGE\",\"value\":12.5},"
                + "\"allowPairing\":false,\"maxBanks\":2.0,\"suoEligibleSurplus\":1.2}}");

        assertThat(request.site()).isEqualTo(new Site("Winchester", null, null, List.of(), null, null));
        assertThat(request.options()).isEqualTo(new QuoteOptions(HoldPolicy.HOLD_50,
                new PromoterDiscount(DiscountType.PERCENTAGE, new BigDecimal("12.5")), false, 2, new BigDecimal("1.2")));
    }

    @Test
    void malformedJsonIncludingNaNIsOneError() {
        assertThat(errors("{\"demand\": [")).containsExactly(new FieldError("", "malformed JSON"));
        assertThat(errors("{\"demand\":[{\"habitat\":\"x\",\"units\":NaN}]}")).containsExactly(new FieldError("", "malformed JSON"));
        assertThat(errors("")).containsExactly(new FieldError("", "malformed JSON"));
        assertThat(errors("{} {}")).containsExactly(new FieldError("", "malformed JSON"));
    }

    @Test
    void aBodyThatIsNotAnObject() {
        assertThat(errors("[1,2]")).containsExactly(new FieldError("", "must be an object"));
    }

    @Test
    void demandChecksInOrder() {
        assertThat(errors("{}")).containsExactly(new FieldError("demand", "required"));
        assertThat(errors("{\"demand\":{}}")).containsExactly(new FieldError("demand", "must be an array"));
        assertThat(errors("{\"demand\":[]}")).containsExactly(new FieldError("demand", "must contain at least 1 line"));
        String many = "{\"demand\":[" + "{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1},".repeat(500)
                + "{\"habitat\":\"nope\",\"units\":1}]}";
        assertThat(errors(many)).containsExactly(new FieldError("demand", "must contain at most 500 lines"),
                new FieldError("demand[500].habitat", "unknown habitat 'nope'"));
    }

    @Test
    void unitsChecksTakeTheFirstFailingOne() {
        assertThat(errors("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":0}]}"))
                .containsExactly(new FieldError("demand[0].units", "units must be greater than 0"));
        assertThat(errors("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":10000.0000001}]}"))
                .containsExactly(new FieldError("demand[0].units", "units must be at most 10000"));
        assertThat(errors("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1.0000001}]}"))
                .containsExactly(new FieldError("demand[0].units", "units must have at most 6 decimal places"));
        assertThat(parse("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1.1234560000}]}").demand())
                .hasSize(1);
    }

    @Test
    void optionsChecks() {
        assertThat(errors("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1}],\"options\":"
                + "{\"promoterDiscount\":{\"type\":\"PERCENTAGE\"},\"maxBanks\":true}}")).containsExactly(
                new FieldError("options.promoterDiscount.value", "required"),
                new FieldError("options.maxBanks", "must be an integer >= 1"));
        assertThat(errors("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1}],\"options\":"
                + "{\"promoterDiscount\":{\"type\":\"tier_up\"},\"maxBanks\":0}}")).containsExactly(
                new FieldError("options.promoterDiscount.type", "must be one of NONE, PERCENTAGE, TIER_UP"),
                new FieldError("options.maxBanks", "must be an integer >= 1"));
        assertThat(errors("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1}],\"site\":[],\"options\":3}"))
                .containsExactly(new FieldError("site", "must be an object"), new FieldError("options", "must be an object"));
    }
}
