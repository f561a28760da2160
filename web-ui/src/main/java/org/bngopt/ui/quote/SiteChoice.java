package org.bngopt.ui.quote;

import java.util.Map;
import java.util.TreeMap;

/**
 * The site the form may submit: an LPA and an NCA the reference data knows, or none at all when declared
 * unknown. A misspelt name would silently make every bank far, so each problem is reported at its input.
 */
final class SiteChoice {
    private SiteChoice() {
    }

    /** Problems keyed by the client id of the input they belong to; empty when the site may be submitted. */
    static Map<String, String> problems(Catalogue catalogue, String lpa, String nca, boolean locationUnknown) {
        Map<String, String> problems = new TreeMap<>();
        if (locationUnknown) {
            return problems;
        }
        if (lpa == null && nca == null) {
            problems.put("quote:lpa", "Choose the site's local planning authority, or tick \u201cLocation not known\u201d.");
            problems.put("quote:nca", "Choose the site's national character area, or tick \u201cLocation not known\u201d.");
        }
        if (lpa != null && !catalogue.isLpa(lpa)) {
            problems.put("quote:lpa", "\u201c" + lpa + "\u201d is not a local planning authority in the reference data; choose one from the list.");
        }
        if (nca != null && !catalogue.isNca(nca)) {
            problems.put("quote:nca", "\u201c" + nca + "\u201d is not a national character area in the reference data; choose one from the list.");
        }
        return problems;
    }
}
