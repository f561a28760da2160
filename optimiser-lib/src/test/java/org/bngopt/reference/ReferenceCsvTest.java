package org.bngopt.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceCsvTest {
    private static final List<String> TABLES = List.of("VERSION", "banks.csv", "habitats.csv",
            "distinctiveness_levels.csv", "stock.csv", "prices.csv", "srm.csv", "contract_sizes.csv",
            "trading_rules.csv", "lpa_adjacency.csv", "nca_adjacency.csv");

    @TempDir
    Path folder;

    @Test
    void readsTheBundledSampleSet() {
        ReferenceData sample = ReferenceCsv.readSample();

        assertThat(sample.version()).isEqualTo("ref-2025.11-r1");
        assertThat(sample.banks()).hasSize(12);
        assertThat(sample.habitats()).hasSize(56);
        assertThat(sample.distinctivenessLevels()).hasSize(5);
        assertThat(sample.stock()).hasSize(119);
        assertThat(sample.prices()).hasSize(1305);
        assertThat(sample.spatialRiskMultipliers()).extracting(SpatialRiskMultiplier::tier)
                .containsExactly("local", "adjacent", "far");
        assertThat(sample.contractSizes()).hasSize(4);
        assertThat(sample.tradingRules()).hasSize(5);
        assertThat(sample.lpaAdjacency()).hasSize(34);
        assertThat(sample.ncaAdjacency()).hasSize(20);
    }

    @Test
    void keepsDecimalsExactAndEmptyCellsAbsent() {
        ReferenceData sample = ReferenceCsv.readSample();

        assertThat(sample.banks().get(0)).isEqualTo(new Bank("WC1P01", "Itchen Valley Habitat Bank", "Winchester",
                "Hampshire Downs", "SO21 1AA", new BigDecimal("51.0960"), new BigDecimal("-1.2850"),
                "River Itchen (Winchester)", "Test and Itchen"));
        assertThat(sample.contractSizes()).filteredOn(size -> size.name().equals("large"))
                .singleElement().extracting(ContractSize::maxUnitsExclusive).isNull();
        assertThat(sample.tradingRules()).contains(new TradingRule("Lakes - Ponds (priority habitat)",
                "Lakes - Temporary lakes, ponds and pools", null));
    }

    @Test
    void readsAFolderWithTheSameContentAsTheSample() throws IOException {
        copySample();

        assertThat(ReferenceCsv.read(folder)).isEqualTo(ReferenceCsv.readSample());
    }

    @Test
    void namesAMissingTableFile() throws IOException {
        copySample();
        Files.delete(folder.resolve("srm.csv"));

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("srm.csv: missing table file");
    }

    @Test
    void namesAMissingColumn() throws IOException {
        copySample();
        Files.writeString(folder.resolve("stock.csv"), "stock_id,bank_id,habitat_name,quoted\nS1,B1,H1,0\n");

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("stock.csv: missing column 'available_excl_quotes'");
    }

    @Test
    void namesTheFileLineAndColumnOfAnUnparsableNumber() throws IOException {
        copySample();
        Files.writeString(folder.resolve("prices.csv"), """
                bank_id,habitat_name,contract_size,tier,price
                WC1P01,Grassland - Modified grassland,small,local,18367.0
                WC1P01,Grassland - Modified grassland,small,far,12k
                """);

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("prices.csv line 3: column 'price': '12k' is not a number");
    }

    @Test
    void namesADuplicateKey() throws IOException {
        copySample();
        Files.writeString(folder.resolve("banks.csv"), """
                bank_id,bank_name,lpa_name,nca_name,postcode,lat,lon,waterbody_catchment,operational_catchment
                B1,First,Winchester,Hampshire Downs,,,,,
                B2,Second,Winchester,Hampshire Downs,,,,,
                B1,Third,Winchester,Hampshire Downs,,,,,
                """);

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("banks.csv line 4: duplicate bank_id 'B1'");
    }

    @Test
    void rejectsAnUnknownLedger() throws IOException {
        copySample();
        Files.writeString(folder.resolve("habitats.csv"),
                "habitat_name,broad_type,distinctiveness,ledger\nH1,Grassland,Low,air\n");

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .hasMessage("habitats.csv line 2: column 'ledger': 'air' is not one of area, hedgerow, watercourse");
    }

    @Test
    void keepsRowsNamingUnknownBanksOrHabitatsForTheOptimiserToIgnore() throws IOException {
        copySample();
        Files.writeString(folder.resolve("stock.csv"),
                "stock_id,bank_id,habitat_name,available_excl_quotes,quoted\nS1,NO-SUCH-BANK,No such habitat,1.5,0\n");

        assertThat(ReferenceCsv.read(folder).stock()).containsExactly(
                new StockParcel("S1", "NO-SUCH-BANK", "No such habitat", new BigDecimal("1.5"), BigDecimal.ZERO));
    }

    @Test
    void reportsEveryProblemOfEveryTableAtOnce() throws IOException {
        copySample();
        Files.delete(folder.resolve("srm.csv"));
        Files.writeString(folder.resolve("stock.csv"), """
                stock_id,bank_id,habitat_name,available_excl_quotes,quoted
                S1,WC1P01,Grassland - Modified grassland,lots,0
                S2,WC1P01,Grassland - Modified grassland,1,0
                S2,WC1P01,Grassland - Modified grassland,1,none
                """);

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> assertThat(e.problems())
                        .extracting(ReferenceProblem::toString)
                        .containsExactly(
                                "stock.csv line 2: column 'available_excl_quotes': 'lots' is not a number",
                                "stock.csv line 4: duplicate stock_id 'S2'",
                                "srm.csv: missing table file in " + folder));
    }

    @Test
    void rejectsControlCharactersAndNumbersOutOfRange() throws IOException {
        copySample();
        Files.writeString(folder.resolve("stock.csv"), """
                stock_id,bank_id,habitat_name,available_excl_quotes,quoted
                S1,WC1P01,Grass\u0000land,1,0
                S2,WC1P01,Grassland - Modified grassland,1e999999999,0
                S3,WC1P01,Grassland - Modified grassland,0.0000000000001,0
                S4,WC1P01,Grassland - Modified grassland,123456789012345.5,0
                """);

        assertThatThrownBy(() -> ReferenceCsv.read(folder))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> assertThat(e.problems())
                        .extracting(ReferenceProblem::line).containsExactly(2, 3, 4));
    }

    @Test
    void rejectsAnEmptyVersion() throws IOException {
        copySample();
        Files.writeString(folder.resolve("VERSION"), "  \n");

        assertThatThrownBy(() -> ReferenceCsv.read(folder)).hasMessage("VERSION: expected one non-empty line");
    }

    private void copySample() throws IOException {
        for (String table : TABLES) {
            try (InputStream in = ReferenceCsv.class.getResourceAsStream(ReferenceCsv.SAMPLE_RESOURCE_FOLDER + table)) {
                Files.write(folder.resolve(table), in.readAllBytes());
            }
        }
        assertThat(Files.readString(folder.resolve("VERSION"), StandardCharsets.UTF_8)).isNotBlank();
    }
}
