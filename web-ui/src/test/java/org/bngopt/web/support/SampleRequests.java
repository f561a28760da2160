package org.bngopt.web.support;

import java.util.Locale;

/** Distinct quote requests on the sample data, for tests that need many jobs of a known size. */
public final class SampleRequests {
    /** Golden scenario p01: one small area line, solved in milliseconds; its total is £19,585.60. */
    public static final String P01 = "{\"demand\":[{\"habitat\":\"Grassland - Other neutral grassland\",\"units\":0.8}],"
            + "\"site\":{\"lpa\":\"Winchester\",\"nca\":\"Hampshire Downs\"}}";

    /** 24 area habitats: a request of all of them takes about 110 ms warm, 12 of them about 40 ms. */
    private static final String[] HABITATS = {"Cropland - Arable field margins cultivated annually",
            "Cropland - Arable field margins game bird mix", "Cropland - Arable field margins pollen and nectar",
            "Cropland - Arable field margins tussocky", "Cropland - Cereal crops", "Cropland - Non-cereal crops",
            "Cropland - Temporary grass and clover leys", "Cropland - Intensive orchards", "Grassland - Modified grassland",
            "Grassland - Other neutral grassland", "Grassland - Other lowland acid grassland",
            "Grassland - Floodplain wetland mosaic and CFGM", "Grassland - Traditional orchards",
            "Grassland - Lowland dry acid grassland", "Grassland - Lowland meadows", "Grassland - Lowland calcareous grassland",
            "Heathland and shrub - Mixed scrub", "Heathland and shrub - Bramble scrub", "Heathland and shrub - Hawthorn scrub",
            "Heathland and shrub - Blackthorn scrub", "Heathland and shrub - Gorse scrub", "Heathland and shrub - Lowland heathland",
            "Woodland and forest - Other coniferous woodland", "Woodland and forest - Other woodland; broadleaved"};

    private SampleRequests() {
    }

    /** Request number {@code job}, with the first {@code lines} habitats; different jobs differ in their units. */
    public static String distinct(int job, int lines) {
        StringBuilder demand = new StringBuilder();
        for (int line = 0; line < lines; line++) {
            demand.append(line == 0 ? "" : ",").append("{\"habitat\":\"").append(HABITATS[line]).append("\",\"units\":")
                    .append(String.format(Locale.ROOT, "%.3f", 0.3 + 0.011 * job + 0.2 * line)).append('}');
        }
        return "{\"site\":{\"lpa\":\"Winchester\",\"nca\":\"Hampshire Downs\"},\"demand\":[" + demand + "]}";
    }
}
