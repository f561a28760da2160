package org.bngopt.quotes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bngopt.quote.LineResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A line priced by the broker outside the optimiser (quotes.md Q5). A paired area line supplies its
 * {@code habitatSupplied} at {@code bankName} and {@code price} for a share {@code mainShare} of the units,
 * and the companion habitat for the rest. Manual lines take no discount and hold no stock.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "cost", allowGetters = true)
@JsonPropertyOrder({"kind", "habitatLost", "habitatSupplied", "units", "price", "bankName", "companionHabitat",
        "companionBank", "companionPrice", "mainShare", "tier", "cost"})
public record ManualLine(ManualLineKind kind, String habitatLost, String habitatSupplied, BigDecimal units,
                         BigDecimal price, String bankName, String companionHabitat, String companionBank,
                         BigDecimal companionPrice, BigDecimal mainShare, String tier) {
    public static final String MANUAL_PRICING_REQUIRED = "MANUAL_PRICING_REQUIRED";

    /** Units × price, or the two shares of a paired line, rounded half-up to pence once; written, never read. */
    @JsonProperty("cost")
    public BigDecimal cost() {
        BigDecimal exact = kind == ManualLineKind.AREA_PAIRED
                ? units.multiply(mainShare).multiply(price)
                        .add(units.multiply(BigDecimal.ONE.subtract(mainShare)).multiply(companionPrice))
                : units.multiply(price);
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal subtotal(List<ManualLine> lines) {
        return lines.stream().map(ManualLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /** The line offered for a felled-woodland demand line that the optimiser leaves to the broker (rules.md §10). */
    public static List<ManualLine> offeredFor(List<LineResult> lines, BigDecimal felledWoodlandPrice) {
        return lines.stream()
                .filter(line -> MANUAL_PRICING_REQUIRED.equals(line.reason()) && line.unmetUnits().signum() > 0)
                .map(line -> new ManualLine(ManualLineKind.AREA, line.habitat(), line.habitat(), line.unmetUnits(),
                        felledWoodlandPrice, null, null, null, null, null, null))
                .toList();
    }
}
