package org.bngopt.rules;

import org.bngopt.quote.Site;
import org.bngopt.reference.Adjacency;
import org.bngopt.reference.Bank;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.ReferenceData;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** R2.2–R2.4: the tier of each bank relative to the site, per ledger. */
public final class Tiers {
    public static final String LOCAL = "local";
    public static final String ADJACENT = "adjacent";
    public static final String FAR = "far";

    private final String siteLpa;
    private final String siteNca;
    private final Set<String> lpaNeighbours;
    private final Set<String> ncaNeighbours;
    private final String siteWaterbody;
    private final String siteOperational;

    public Tiers(Site site, ReferenceData reference) {
        siteLpa = Names.normalise(site.lpa());
        siteNca = Names.normalise(site.nca());
        lpaNeighbours = neighbours(siteLpa, site.lpaNeighbours(), reference.lpaAdjacency());
        ncaNeighbours = neighbours(siteNca, site.ncaNeighbours(), reference.ncaAdjacency());
        siteWaterbody = Names.normalise(site.waterbodyCatchment());
        siteOperational = Names.normalise(site.operationalCatchment());
    }

    /** R2.2: explicit neighbours replace the table, even when empty. */
    private static Set<String> neighbours(String siteName, List<String> explicit, List<Adjacency> table) {
        Set<String> result = new HashSet<>();
        if (explicit != null) {
            explicit.stream().map(Names::normalise).filter(Objects::nonNull).forEach(result::add);
            return result;
        }
        if (siteName == null) {
            return result;
        }
        for (Adjacency pair : table) {
            String a = Names.normalise(pair.a());
            String b = Names.normalise(pair.b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            if (a.equals(siteName)) {
                result.add(b);
            } else if (b.equals(siteName)) {
                result.add(a);
            }
        }
        return result;
    }

    public String tierOf(Bank bank, Ledger lineLedger) {
        if (lineLedger == Ledger.WATERCOURSE) {
            String waterbody = Names.normalise(bank.waterbodyCatchment());
            String operational = Names.normalise(bank.operationalCatchment());
            if (siteWaterbody != null && siteOperational != null && waterbody != null && operational != null) {
                return waterbody.equals(siteWaterbody) ? LOCAL : operational.equals(siteOperational) ? ADJACENT : FAR;
            }
        }
        return byLocation(bank);
    }

    /** R2.3. */
    private String byLocation(Bank bank) {
        if (siteLpa == null && siteNca == null) {
            return FAR;
        }
        String lpa = Names.normalise(bank.lpa());
        String nca = Names.normalise(bank.nca());
        if (lpa != null && lpa.equals(siteLpa) || nca != null && nca.equals(siteNca)) {
            return LOCAL;
        }
        if (lpa != null && lpaNeighbours.contains(lpa) || nca != null && ncaNeighbours.contains(nca)) {
            return ADJACENT;
        }
        return FAR;
    }
}
