package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/** The statutory credits table: a credit's price per tier and each habitat's tier; {@code version} as answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditsTable(String version, List<TierPrice> prices, List<HabitatTier> habitats) {
    public record TierPrice(String tier, BigDecimal price) {
    }

    public record HabitatTier(String habitat, String tier) {
    }
}
