package org.bngopt.unavailability;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The statutory credits table: the price of one credit per tier, and each habitat's tier. The statutory
 * scheme sells two credits for each unit. Empty when no admin has filled it.
 */
public record StatutoryCredits(String version, Map<String, BigDecimal> pricePerTier, Map<String, String> tierOfHabitat) {
    public static final BigDecimal CREDITS_PER_UNIT = BigDecimal.valueOf(2);
    public static final StatutoryCredits NONE = new StatutoryCredits(null, Map.of(), Map.of());

    public StatutoryCredits {
        pricePerTier = Map.copyOf(pricePerTier);
        tierOfHabitat = Map.copyOf(tierOfHabitat);
    }

    public boolean empty() {
        return pricePerTier.isEmpty();
    }

    public Optional<String> tierOf(String habitat) {
        return Optional.ofNullable(tierOfHabitat.get(habitat));
    }

    /** What {@code units} of the habitat would cost as statutory credits, if the table prices its tier. */
    public Optional<BigDecimal> cost(String habitat, BigDecimal units) {
        return tierOf(habitat).map(pricePerTier::get)
                .map(price -> units.multiply(CREDITS_PER_UNIT).multiply(price).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
