package org.bngopt.quotes.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartQuoteNumberingTest {
    @Test
    void startsAt2025UnlessTold() {
        assertThat(StartQuoteNumbering.start(null)).isEqualTo(2025);
        assertThat(StartQuoteNumbering.start(" ")).isEqualTo(2025);
        assertThat(StartQuoteNumbering.start(" 99998 ")).isEqualTo(99998);
    }

    @Test
    void aBadSettingStopsTheMigrationWithItsName() {
        assertThatThrownBy(() -> StartQuoteNumbering.start("-1")).hasMessageContaining("QUOTE_REFERENCE_START");
        assertThatThrownBy(() -> StartQuoteNumbering.start("2k")).hasMessageContaining("not 2k");
    }
}
