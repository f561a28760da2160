package org.bngopt.quotes;

import org.bngopt.json.Json;
import org.bngopt.json.JsonFields;
import org.bngopt.quote.FieldError;
import org.bngopt.quote.InvalidRequestException;
import org.bngopt.quote.LineResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ManualLinesTest {
    private static List<ManualLine> read(String json) throws Exception {
        JsonFields body = JsonFields.of(Json.strictTree(json));
        List<ManualLine> lines = ManualLines.read(body, "manualLines");
        body.check();
        return lines;
    }

    @Test
    void anAreaLineCostsUnitsTimesPriceRoundedToPence() throws Exception {
        ManualLine line = read("{\"manualLines\":[{\"kind\":\"area\",\"habitatLost\":\"Woodland - Felled\","
                + "\"habitatSupplied\":\"Woodland - Other woodland; broadleaved\",\"units\":0.12345,\"price\":15000,"
                + "\"bankName\":\"Hill Farm\"}]}").get(0);
        assertThat(line.cost()).isEqualByComparingTo("1851.75");
        assertThat(line.bankName()).isEqualTo("Hill Farm");
    }

    @Test
    void aPairedLineSplitsItsUnitsByTheMainShare() throws Exception {
        List<ManualLine> lines = read("{\"manualLines\":[{\"kind\":\"area-paired\",\"habitatLost\":\"Grassland - Other neutral grassland\","
                + "\"habitatSupplied\":\"Grassland - Other neutral grassland\",\"units\":2,\"price\":30000,\"bankName\":\"A\","
                + "\"companionHabitat\":\"Heathland and shrub - Mixed scrub\",\"companionBank\":\"A\",\"companionPrice\":20000,"
                + "\"mainShare\":0.75,\"tier\":\"adjacent\"},"
                + "{\"kind\":\"area-paired\",\"habitatLost\":\"x\",\"habitatSupplied\":\"y\",\"units\":1,\"price\":10000,"
                + "\"companionHabitat\":\"z\",\"companionPrice\":0.015,\"tier\":\"far\"}]}");
        assertThat(lines.get(0).cost()).as("2 × 0.75 × 30,000 + 2 × 0.25 × 20,000").isEqualByComparingTo("55000.00");
        assertThat(lines.get(1).mainShare()).as("the default share").isEqualByComparingTo("0.5");
        assertThat(lines.get(1).cost()).as("5,000 + 0.0075, half-up to pence").isEqualByComparingTo("5000.01");
        assertThat(ManualLine.subtotal(lines)).isEqualByComparingTo("60000.01");
    }

    @Test
    void writtenWithItsCostAndReadBackWithout() {
        ManualLine line = new ManualLine(ManualLineKind.HEDGEROW, "Native hedgerow", "Native hedgerow", new BigDecimal("0.5"),
                new BigDecimal("30000"), null, null, null, null, null, null);
        String json = Json.compact(List.of(line));
        assertThat(json).contains("\"kind\":\"hedgerow\"", "\"cost\":15000");
        assertThat(Json.read(json, ManualLine[].class)).containsExactly(line);
    }

    @Test
    void everyBadFieldIsNamed() {
        InvalidRequestException invalid = catchThrowableOfType(InvalidRequestException.class, () -> read(
                "{\"manualLines\":[{\"kind\":\"moat\",\"habitatLost\":\"\",\"habitatSupplied\":\"y\",\"units\":0,\"price\":-1},"
                        + "{\"kind\":\"area-paired\",\"habitatLost\":\"x\",\"habitatSupplied\":\"y\",\"units\":1,\"price\":1,"
                        + "\"companionHabitat\":\"z\",\"companionPrice\":1,\"mainShare\":1.5,\"tier\":\"near\"}, 7]}"));
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("manualLines[2]", "manualLines[0].kind",
                "manualLines[0].habitatLost", "manualLines[0].units", "manualLines[0].price", "manualLines[1].mainShare",
                "manualLines[1].tier");
        assertThat(invalid.errors().get(3).message()).isEqualTo("must be more than 0 and at most 10000");
        assertThat(invalid.errors().get(6).message()).isEqualTo("must be adjacent or far");
    }

    @Test
    void felledWoodlandIsOfferedAtTheConfiguredPrice() {
        List<LineResult> lines = List.of(
                new LineResult(0, "Woodland and forest - Felled/Replacement for felled woodland", "area", new BigDecimal("1.5"),
                        BigDecimal.ZERO, new BigDecimal("1.5"), ManualLine.MANUAL_PRICING_REQUIRED),
                new LineResult(1, "Grassland - Modified grassland", "area", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE,
                        "INSUFFICIENT_STOCK"));
        List<ManualLine> offered = ManualLine.offeredFor(lines, new BigDecimal(15000));
        assertThat(offered).hasSize(1);
        assertThat(offered.get(0).kind()).isEqualTo(ManualLineKind.AREA);
        assertThat(offered.get(0).cost()).isEqualByComparingTo("22500.00");
    }
}
