package org.bngopt.ui.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.quote.DemandLine;
import org.bngopt.quote.DiscountType;
import org.bngopt.quote.HoldPolicy;
import org.bngopt.quote.PromoterDiscount;
import org.bngopt.quote.QuoteOptions;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.Site;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the New quote form holds: the demand lines with their autocomplete and running totals, the site
 * with its neighbours, and the options. It becomes the typed request of rules.md §11 as typed; the API
 * validates it, so an empty field is left out and its default applies.
 */
@Named
@ViewScoped
public class QuoteForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> NET_GAIN = Map.of(
            "area", "Net Gain (Low-equivalent)", "hedgerow", "Net Gain (Hedgerows)", "watercourse", "Net Gain (Watercourses)");

    @Inject
    Catalogue catalogue;

    static final int DEMAND_PAGE = 25;

    private final List<DemandRow> rows = new ArrayList<>(List.of(new DemandRow()));
    private int firstRow;
    private String lpa;
    private String nca;
    private boolean locationUnknown;
    private List<String> lpaNeighbours;
    private List<String> ncaNeighbours;
    private String waterbodyCatchment;
    private String operationalCatchment;
    private String quotesHoldPolicy = HoldPolicy.IGNORE.name();
    private String discountType = DiscountType.NONE.name();
    private BigDecimal discountValue;
    private boolean allowPairing = true;
    private Integer maxBanks;
    private BigDecimal suoEligibleSurplus;

    // --- the demand table

    public void addRow() {
        rows.add(new DemandRow());
        showLastPage();
    }

    /** The demand table is paged; a line added goes to the last page, which the table then shows. */
    private void showLastPage() {
        firstRow = (rows.size() - 1) / DEMAND_PAGE * DEMAND_PAGE;
    }

    public void removeRow(DemandRow row) {
        rows.remove(row);
        if (rows.isEmpty()) {
            rows.add(new DemandRow());
        }
    }

    /** The demand lines of an imported metric, replacing the form's, and its SUO-eligible surplus. */
    void replaceDemand(List<DemandRow> lines, BigDecimal suoSurplus) {
        rows.clear();
        rows.addAll(lines);
        if (rows.isEmpty()) {
            rows.add(new DemandRow());
        }
        firstRow = 0;
        suoEligibleSurplus = suoSurplus;
    }

    /** Empties the whole form. */
    public void clear() {
        rows.clear();
        rows.add(new DemandRow());
        firstRow = 0;
        lpa = null;
        nca = null;
        locationUnknown = false;
        lpaNeighbours = null;
        ncaNeighbours = null;
        waterbodyCatchment = null;
        operationalCatchment = null;
        quotesHoldPolicy = HoldPolicy.IGNORE.name();
        discountType = DiscountType.NONE.name();
        discountValue = null;
        allowPairing = true;
        maxBanks = null;
        suoEligibleSurplus = null;
    }

    public void addNetGain(String ledger) {
        rows.removeIf(row -> (row.getHabitat() == null || row.getHabitat().isBlank()) && row.getUnits() == null);
        rows.add(new DemandRow(NET_GAIN.get(ledger), null));
        showLastPage();
    }

    public List<String> completeHabitat(String query) {
        return catalogue.habitatsMatching(query);
    }

    public String ledgerOf(String habitat) {
        Catalogue.HabitatChoice choice = catalogue.habitat(habitat);
        return choice == null ? "" : choice.ledger();
    }

    /** Whether a line names a habitat the catalogue knows (blank counts as known: it is simply not filled yet). */
    public boolean isKnownHabitat(String habitat) {
        return habitat == null || habitat.isBlank() || catalogue.habitat(habitat) != null
                || org.bngopt.rules.Catalogue.isNetGainLabel(habitat);
    }

    public String distinctivenessOf(String habitat) {
        Catalogue.HabitatChoice choice = catalogue.habitat(habitat);
        return choice == null ? "" : choice.distinctiveness();
    }

    /** Running units per ledger, for the lines whose habitat is known. */
    public List<Map.Entry<String, BigDecimal>> getTotalList() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (DemandRow row : rows) {
            String ledger = ledgerOf(row.getHabitat());
            if (!ledger.isEmpty() && row.getUnits() != null) {
                totals.merge(ledger, row.getUnits(), BigDecimal::add);
            }
        }
        return List.copyOf(totals.entrySet());
    }

    // --- the site

    public List<String> completeLpa(String query) {
        return catalogue.lpasMatching(query);
    }

    public List<String> completeNca(String query) {
        return catalogue.ncasMatching(query);
    }

    public void lpaChosen() {
        lpaNeighbours = new ArrayList<>(catalogue.lpaNeighbours(lpa));
    }

    public void ncaChosen() {
        ncaNeighbours = new ArrayList<>(catalogue.ncaNeighbours(nca));
    }

    /** What stops the site being submitted, keyed by input ({@link SiteChoice}). */
    Map<String, String> siteProblems() {
        return SiteChoice.problems(catalogue, text(lpa), text(nca), locationUnknown);
    }

    // --- to and from the API's request

    QuoteRequest toRequest() {
        List<DemandLine> demand = rows.stream()
                .map(row -> new DemandLine(row.getHabitat() == null ? "" : row.getHabitat(), row.getUnits())).toList();
        Site site = locationUnknown
                ? new Site(null, null, null, null, text(waterbodyCatchment), text(operationalCatchment))
                : new Site(text(lpa), text(nca), lpaNeighbours, ncaNeighbours, text(waterbodyCatchment),
                text(operationalCatchment));
        DiscountType discount = DiscountType.valueOf(discountType);
        QuoteOptions options = new QuoteOptions(HoldPolicy.valueOf(quotesHoldPolicy),
                new PromoterDiscount(discount, discount == DiscountType.PERCENTAGE ? discountValue : null),
                allowPairing, maxBanks, suoEligibleSurplus);
        return new QuoteRequest(demand, site, options);
    }

    void fill(QuoteRequest request) {
        rows.clear();
        request.demand().forEach(line -> rows.add(new DemandRow(line.habitat(), line.units())));
        Site site = request.site() == null ? Site.NONE : request.site();
        lpa = site.lpa();
        nca = site.nca();
        locationUnknown = lpa == null && nca == null;
        waterbodyCatchment = site.waterbodyCatchment();
        operationalCatchment = site.operationalCatchment();
        lpaNeighbours = site.lpaNeighbours() == null ? null : new ArrayList<>(site.lpaNeighbours());
        ncaNeighbours = site.ncaNeighbours() == null ? null : new ArrayList<>(site.ncaNeighbours());
        QuoteOptions options = request.options() == null ? QuoteOptions.DEFAULTS : request.options();
        quotesHoldPolicy = options.quotesHoldPolicy().name();
        PromoterDiscount discount = options.promoterDiscount() == null ? PromoterDiscount.NONE : options.promoterDiscount();
        discountType = discount.type().name();
        discountValue = discount.value();
        allowPairing = options.allowPairing();
        maxBanks = options.maxBanks();
        suoEligibleSurplus = options.suoEligibleSurplus();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    // --- plain accessors for the form

    public List<DemandRow> getRows() { return rows; }
    public int getFirstRow() { return firstRow; }
    public void setFirstRow(int value) { this.firstRow = value; }
    public String getLpa() { return lpa; }
    public void setLpa(String lpa) { this.lpa = lpa; }
    public String getNca() { return nca; }
    public boolean isLocationUnknown() { return locationUnknown; }
    public void setLocationUnknown(boolean value) { this.locationUnknown = value; }
    public void setNca(String nca) { this.nca = nca; }
    public List<String> getLpaNeighbours() { return lpaNeighbours; }
    public void setLpaNeighbours(List<String> lpaNeighbours) { this.lpaNeighbours = lpaNeighbours; }
    public List<String> getNcaNeighbours() { return ncaNeighbours; }
    public void setNcaNeighbours(List<String> ncaNeighbours) { this.ncaNeighbours = ncaNeighbours; }
    public String getWaterbodyCatchment() { return waterbodyCatchment; }
    public void setWaterbodyCatchment(String value) { this.waterbodyCatchment = value; }
    public String getOperationalCatchment() { return operationalCatchment; }
    public void setOperationalCatchment(String value) { this.operationalCatchment = value; }
    public String getQuotesHoldPolicy() { return quotesHoldPolicy; }
    public void setQuotesHoldPolicy(String value) { this.quotesHoldPolicy = value; }
    public String getDiscountType() { return discountType; }
    public void setDiscountType(String value) { this.discountType = value; }
    public BigDecimal getDiscountValue() { return discountValue; }
    public void setDiscountValue(BigDecimal value) { this.discountValue = value; }
    public boolean isAllowPairing() { return allowPairing; }
    public void setAllowPairing(boolean value) { this.allowPairing = value; }
    public Integer getMaxBanks() { return maxBanks; }
    public void setMaxBanks(Integer value) { this.maxBanks = value; }
    public BigDecimal getSuoEligibleSurplus() { return suoEligibleSurplus; }
    public void setSuoEligibleSurplus(BigDecimal value) { this.suoEligibleSurplus = value; }
}
