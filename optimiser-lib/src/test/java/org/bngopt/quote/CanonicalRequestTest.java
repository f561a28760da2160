package org.bngopt.quote;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical form and hash. The expected strings were written by hand from the definition in the
 * job-pipeline issue and their hashes computed with {@code printf '%s' '…' | sha256sum}, not taken
 * from this code's output.
 */
class CanonicalRequestTest {
    private static final Set<String> KNOWN = Set.of("Grassland - Other neutral grassland", "Net Gain (Hedgerows)",
            "Ditches", "Culvert");

    private static QuoteRequest parse(String json) {
        return RequestParser.parse(json, KNOWN::contains);
    }

    @Test
    void vectorA_defaultsFilledIn() {
        QuoteRequest request = parse("{\"site\":{\"nca\":\"Hampshire Downs\",\"lpa\":\" Winchester \"},"
                + "\"demand\":[{\"units\":0.80,\"habitat\":\"Grassland - Other neutral grassland\"}]}");

        assertThat(CanonicalRequest.json(request)).isEqualTo("{\"demand\":[{\"habitat\":\"Grassland - Other neutral grassland\","
                + "\"units\":0.8}],\"options\":{\"allowPairing\":true,\"promoterDiscount\":{\"type\":\"NONE\"},"
                + "\"quotesHoldPolicy\":\"IGNORE\",\"suoEligibleSurplus\":0},\"site\":{\"lpa\":\"Winchester\","
                + "\"nca\":\"Hampshire Downs\"}}");
        assertThat(CanonicalRequest.hash(request)).isEqualTo("97ace23b7696acbdf5e579db128f0a1668b3cbe7091a56d5e630d8a472cf2016");
    }

    @Test
    void vectorB_everyOptionNeighboursSortedAndDeduplicated() {
        QuoteRequest request = parse("{\"demand\":[{\"habitat\":\"Net Gain (Hedgerows)\",\"units\":1.50},"
                + "{\"habitat\":\"Ditches\",\"units\":2.0}],\"site\":{\"lpa\":\"Fareham\",\"nca\":null,"
                + "\"lpaNeighbours\":[\"Winchester\",\"Test Valley\",\" Winchester\"],\"ncaNeighbours\":[]},"
                + "\"options\":{\"maxBanks\":3.0,\"allowPairing\":false,\"quotesHoldPolicy\":\"HOLD_50\","
                + "\"promoterDiscount\":{\"value\":12.50,\"type\":\"PERCENTAGE\"},\"suoEligibleSurplus\":1.2,\"colour\":\"red\"}}");

        assertThat(CanonicalRequest.hash(request)).isEqualTo("fde55cf8c3d462e9c1096016f5dc655d014e70f6a458668981716597fef69cde");
    }

    @Test
    void vectorC_noSiteTierUpAndSmallUnits() {
        QuoteRequest request = parse("{\"demand\":[{\"habitat\":\"Culvert\",\"units\":1e-6}],"
                + "\"options\":{\"promoterDiscount\":{\"type\":\"TIER_UP\",\"value\":99}}}");

        assertThat(CanonicalRequest.json(request)).isEqualTo("{\"demand\":[{\"habitat\":\"Culvert\",\"units\":0.000001}],"
                + "\"options\":{\"allowPairing\":true,\"promoterDiscount\":{\"type\":\"TIER_UP\"},"
                + "\"quotesHoldPolicy\":\"IGNORE\",\"suoEligibleSurplus\":0},\"site\":{}}");
        assertThat(CanonicalRequest.hash(request)).isEqualTo("191bb9b586a753ceaae38d67c874809ad461ac37744c1fd6516e3a549eefd0f6");
    }

    @Test
    void requestsThatMeanTheSameHashTheSame() {
        String plain = "{\"demand\":[{\"habitat\":\"Ditches\",\"units\":1.5}],\"site\":{\"lpa\":\"A\","
                + "\"lpaNeighbours\":[\"B\",\"C\"]}}";
        String reordered = "{\"site\":{\"lpaNeighbours\":[\"C\",\"B\",\"B\"],\"lpa\":\"A\",\"nca\":null},"
                + "\"options\":{\"quotesHoldPolicy\":\"IGNORE\",\"allowPairing\":true,\"promoterDiscount\":{\"type\":\"NONE\"},"
                + "\"suoEligibleSurplus\":0.0,\"maxBanks\":null},\"demand\":[{\"units\":1.50,\"habitat\":\"Ditches\"}]}";

        assertThat(CanonicalRequest.hash(parse(reordered))).isEqualTo(CanonicalRequest.hash(parse(plain)));
    }

    @Test
    void requestsThatDifferHashDifferently() {
        String one = "{\"demand\":[{\"habitat\":\"Ditches\",\"units\":1.5},{\"habitat\":\"Culvert\",\"units\":1}]}";
        String swapped = "{\"demand\":[{\"habitat\":\"Culvert\",\"units\":1},{\"habitat\":\"Ditches\",\"units\":1.5}]}";

        assertThat(CanonicalRequest.hash(parse(swapped))).isNotEqualTo(CanonicalRequest.hash(parse(one)));
    }
}
