package org.bngopt.quotes;

import org.bngopt.json.JsonFields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reading manual lines from a request body, every problem named by its field (quotes.md Q5). */
public final class ManualLines {
    public static final int MAX_LINES = 100;
    static final int MAX_TEXT = 200;
    private static final BigDecimal MAX_UNITS = new BigDecimal(10_000);
    private static final BigDecimal MAX_PRICE = new BigDecimal(10_000_000);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Set<String> TIERS = Set.of("adjacent", "far");

    private ManualLines() {
    }

    /** The lines of the array field {@code name}; problems are collected in {@code body}. */
    public static List<ManualLine> read(JsonFields body, String name) {
        List<ManualLine> lines = new ArrayList<>();
        for (JsonFields line : body.objects(name, MAX_LINES)) {
            ManualLine read = line(line);
            if (read != null) {
                lines.add(read);
            }
        }
        return lines;
    }

    private static ManualLine line(JsonFields line) {
        String kindCode = line.text("kind", true, 20);
        ManualLineKind kind = kindCode == null ? null : ManualLineKind.named(kindCode).orElse(null);
        if (kindCode != null && kind == null) {
            line.problem("kind", "must be one of " + Arrays.stream(ManualLineKind.values()).map(ManualLineKind::code).toList());
        }
        String lost = line.text("habitatLost", true, MAX_TEXT);
        String supplied = line.text("habitatSupplied", true, MAX_TEXT);
        BigDecimal units = line.number("units", true, BigDecimal.ZERO, true, MAX_UNITS);
        BigDecimal price = line.number("price", true, BigDecimal.ZERO, false, MAX_PRICE);
        String bank = line.text("bankName", false, MAX_TEXT);
        if (kind != ManualLineKind.AREA_PAIRED) {
            return kind == null || lost == null || supplied == null || units == null || price == null ? null
                    : new ManualLine(kind, lost, supplied, units, price, kind == ManualLineKind.AREA ? bank : null,
                    null, null, null, null, null);
        }
        String companion = line.text("companionHabitat", true, MAX_TEXT);
        String companionBank = line.text("companionBank", false, MAX_TEXT);
        BigDecimal companionPrice = line.number("companionPrice", true, BigDecimal.ZERO, false, MAX_PRICE);
        BigDecimal share = line.has("mainShare") ? line.number("mainShare", true, BigDecimal.ZERO, true, BigDecimal.ONE) : HALF;
        String tier = line.text("tier", true, 20);
        if (tier != null && !TIERS.contains(tier)) {
            line.problem("tier", "must be adjacent or far");
            tier = null;
        }
        return lost == null || supplied == null || units == null || price == null || companion == null
                || companionPrice == null || share == null || tier == null ? null
                : new ManualLine(kind, lost, supplied, units, price, bank, companion, companionBank, companionPrice, share, tier);
    }
}
