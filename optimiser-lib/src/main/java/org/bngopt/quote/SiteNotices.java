package org.bngopt.quote;

import org.bngopt.reference.Areas;
import org.bngopt.reference.ReferenceData;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a quoter must know about the site of a request before trusting its prices: an LPA or NCA that is
 * missing, or not in the reference data (a misspelling, say), makes no bank local or adjacent by it, so
 * the banks count as far and the quote is dearer than it should be. The result of rules.md is the same
 * either way; these notices travel beside it.
 */
public final class SiteNotices {
    /** The known names of one reference-data set; job views ask on every poll, so they are kept for the latest set. */
    private record Known(ReferenceData data, Set<String> lpas, Set<String> ncas) {
    }

    private static volatile Known latest;

    private SiteNotices() {
    }

    private static Known known(ReferenceData data) {
        Known known = latest;
        if (known == null || known.data() != data) {
            known = new Known(data, Areas.lpas(data).keySet(), Areas.ncas(data).keySet());
            latest = known;
        }
        return known;
    }

    public static List<String> of(Site site, ReferenceData data) {
        Site given = site == null ? Site.NONE : site;
        if (given.lpa() == null && given.nca() == null) {
            return List.of("No site LPA or NCA was given, so every bank counts as far.");
        }
        List<String> notices = new ArrayList<>();
        Known known = known(data);
        check("LPA", given.lpa(), known.lpas(), notices);
        check("NCA", given.nca(), known.ncas(), notices);
        return notices;
    }

    private static void check(String kind, String name, Set<String> known, List<String> notices) {
        if (name == null) {
            notices.add("No site " + kind + " was given, so no bank is local or adjacent by " + kind + ".");
        } else if (!known.contains(name)) {
            notices.add("The site " + kind + " '" + name + "' is not in the reference data, so no bank is local or adjacent by "
                    + kind + ". Check the spelling.");
        }
    }
}
