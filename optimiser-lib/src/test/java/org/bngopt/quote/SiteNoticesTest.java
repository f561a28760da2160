package org.bngopt.quote;

import org.bngopt.reference.ReferenceCsv;
import org.bngopt.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteNoticesTest {
    private static final ReferenceData SAMPLE = ReferenceCsv.readSample();

    @Test
    void aKnownSiteNeedsNoNotice() {
        assertThat(SiteNotices.of(site("Winchester", "Hampshire Downs"), SAMPLE)).isEmpty();
    }

    @Test
    void aMisspeltOrUnknownNameIsNamed() {
        assertThat(SiteNotices.of(site("Winchster", "Hampshire Downs"), SAMPLE))
                .containsExactly("The site LPA 'Winchster' is not in the reference data, so no bank is local or adjacent by LPA."
                        + " Check the spelling.");
        assertThat(SiteNotices.of(site("Atlantis", "Atlantis"), SAMPLE)).hasSize(2)
                .allSatisfy(notice -> assertThat(notice).contains("'Atlantis'"));
    }

    @Test
    void aMissingSiteOrHalfASiteIsSaid() {
        assertThat(SiteNotices.of(null, SAMPLE)).containsExactly("No site LPA or NCA was given, so every bank counts as far.");
        assertThat(SiteNotices.of(site("Winchester", null), SAMPLE))
                .containsExactly("No site NCA was given, so no bank is local or adjacent by NCA.");
    }

    private static Site site(String lpa, String nca) {
        return new Site(lpa, nca, null, null, null, null);
    }
}
