package org.bngopt.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteReferencesTest {
    @Test
    void fiveDigitsThenSix() {
        assertThat(QuoteReferences.of(2025)).isEqualTo("BNG-A-02025");
        assertThat(QuoteReferences.of(99_999)).isEqualTo("BNG-A-99999");
        assertThat(QuoteReferences.of(100_000)).isEqualTo("BNG-A-100000");
        assertThatThrownBy(() -> QuoteReferences.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRevisionFollowsTheHighestOfItsBase() {
        assertThat(QuoteReferences.revision("BNG-A-02025", 0)).isEqualTo("BNG-A-02025.1");
        assertThat(QuoteReferences.revision("BNG-A-02025.1", 2)).as("requoting .1 with .2 present").isEqualTo("BNG-A-02025.3");
        assertThat(QuoteReferences.base("BNG-A-02025.12")).isEqualTo("BNG-A-02025");
        assertThat(QuoteReferences.revisionOf("BNG-A-02025.12")).isEqualTo(12);
        assertThat(QuoteReferences.revisionOf("BNG-A-02025")).isZero();
    }

    @Test
    void onlyReferenceShapedTextIsLookedUp() {
        assertThat(QuoteReferences.wellFormed("BNG-A-02025")).isTrue();
        assertThat(QuoteReferences.wellFormed("BNG-A-100000.3")).isTrue();
        assertThat(QuoteReferences.wellFormed("BNG-A-2025")).isFalse();
        assertThat(QuoteReferences.wellFormed("BNG-A-02025.")).isFalse();
        assertThat(QuoteReferences.wellFormed("' or 1=1 --")).isFalse();
        assertThat(QuoteReferences.wellFormed(null)).isFalse();
    }

    @Test
    void customersAreTheSameByEmailOrSevenPhoneDigits() {
        assertThat(CustomerKeys.email("  Jane.Smith@Example.COM ")).contains("jane.smith@example.com");
        assertThat(CustomerKeys.email(" ")).isEmpty();
        assertThat(CustomerKeys.phone("+44 (0)1962 555-123")).contains("44019625551" + "23");
        assertThat(CustomerKeys.phone("01962 555123")).contains("01962555123");
        assertThat(CustomerKeys.phone("123-456")).as("six digits are not enough").isEmpty();
        assertThat(CustomerKeys.phone(null)).isEmpty();
    }
}
