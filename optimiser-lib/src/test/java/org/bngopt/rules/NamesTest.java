package org.bngopt.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("R2.1 name normalisation")
class NamesTest {

    @Test
    void normalisesTheWorkedExamples() {
        assertThat(Names.normalise("City of Winchester Council")).isEqualTo("winchester");
        assertThat(Names.normalise("Royal Borough of Windsor & Maidenhead")).isEqualTo("windsorandmaidenhead");
        assertThat(Names.normalise("Basingstoke and Deane")).isEqualTo("basingstokeanddeane");
        assertThat(Names.normalise("Hart District Council")).isEqualTo("hart");
    }

    @Test
    void matchesWordsOnlyOnWordBoundaries() {
        assertThat(Names.normalise("Capacity of Cityview")).isEqualTo("capacityofcityview");
        assertThat(Names.normalise("Metropolitan   Borough  of Wigan")).isEqualTo("wigan");
        assertThat(Names.normalise("Cornwall Unitary Authority")).isEqualTo("cornwall");
    }

    @Test
    void aNameThatIsEmptyAfterNormalisingIsNotGiven() {
        assertThat(Names.normalise(null)).isNull();
        assertThat(Names.normalise("  ")).isNull();
        assertThat(Names.normalise("District Council")).isNull();
    }
}
