package org.bngopt.bench;

import org.bngopt.reference.Bank;
import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.bngopt.solve.Optimiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark instances are reproducible, of the asked size, and valid input for the optimiser. */
class InstanceGeneratorTest {
    @Test
    void theSameParametersGiveTheSameFilesAndTheAskedSize(@TempDir Path first, @TempDir Path second) throws Exception {
        InstanceGenerator.Parameters parameters = InstanceGenerator.Parameters.of(40, 1000, 5, 11);
        InstanceGenerator.write(parameters, first);
        InstanceGenerator.write(parameters, second);

        for (String file : new String[] {"reference/banks.csv", "reference/stock.csv", "reference/prices.csv", "request.json"}) {
            assertThat(Files.readString(first.resolve(file))).as(file).isEqualTo(Files.readString(second.resolve(file)));
        }
        ReferenceData data = ReferenceCsv.read(first.resolve("reference"));
        assertThat(data.banks()).hasSize(40);
        assertThat(data.stock()).hasSize(1000);
        assertThat(data.banks().stream().map(Bank::lpa).distinct().count()).as("banks spread over many LPAs").isGreaterThan(10);
        Optimiser optimiser = new Optimiser(data);
        assertThat(optimiser.parse(Files.readString(first.resolve("request.json"))).demand()).hasSize(5);
    }

    @Test
    void aDifferentSeedGivesADifferentInstance(@TempDir Path first, @TempDir Path second) throws Exception {
        InstanceGenerator.write(InstanceGenerator.Parameters.of(10, 100, 3, 1), first);
        InstanceGenerator.write(InstanceGenerator.Parameters.of(10, 100, 3, 2), second);

        assertThat(Files.readString(first.resolve("reference/stock.csv")))
                .isNotEqualTo(Files.readString(second.resolve("reference/stock.csv")));
    }
}
