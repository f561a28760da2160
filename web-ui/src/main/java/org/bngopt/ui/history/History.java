package org.bngopt.ui.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.JobPage;
import org.bngopt.contract.JobView;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.Site;
import org.bngopt.ui.client.Api;
import org.bngopt.ui.UkTime;
import org.bngopt.quote.DemandLine;
import org.bngopt.ui.quote.ResultView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The History page: filters for status, dates, LPA and NCA, and a table paged by the API. */
@Named
@ViewScoped
public class History implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Api api;

    private String status;
    private LocalDate from;
    private LocalDate to;
    private String lpa;
    private String nca;
    private String error;

    private final LazyDataModel<HistoryRow> jobs = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
        }

        @Override
        public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            JobPage page = page(first / pageSize, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.jobs().stream().map(History::row).toList();
        }

        @Override
        public String getRowKey(HistoryRow row) {
            return row.id();
        }
    };

    private JobPage page(int page, int size) {
        try {
            JobPage found = api.client().history(status, from == null ? null : from.toString(),
                    to == null ? null : to.plusDays(1).toString(), lpa, nca, page, size);
            error = null;
            return found;
        } catch (ApiException refused) {
            error = refused.getMessage();
        } catch (ProcessingException e) {
            error = "The quote service cannot be reached. Please try again in a moment.";
        }
        return new JobPage(page, size, 0, List.of());
    }

    private static HistoryRow row(JobView job) {
        QuoteRequest request = job.request();
        Site site = request.site() == null ? Site.NONE : request.site();
        return new HistoryRow(job.id(), job.status(), job.cached(), UkTime.format(job.createdAt()),
                job.submittedBy(), site.lpa() == null ? "" : site.lpa(), site.nca() == null ? "" : site.nca(),
                demandSummary(request.demand()), job.total() == null ? "" : ResultView.money(job.total()));
    }

    /** The first line and how many more: a 500-line quote stays one short row. */
    static String demandSummary(List<DemandLine> demand) {
        if (demand.isEmpty()) {
            return "";
        }
        DemandLine first = demand.get(0);
        String line = first.habitat() + " " + (first.units() == null ? "" : first.units().stripTrailingZeros().toPlainString());
        int more = demand.size() - 1;
        return more == 0 ? line : line + " and " + more + " more line" + (more == 1 ? "" : "s");
    }

    /** Whether any filter is set: then an empty table means no match rather than no quotes. */
    public boolean isFiltered() {
        return (status != null && !status.isBlank()) || from != null || to != null
                || (lpa != null && !lpa.isBlank()) || (nca != null && !nca.isBlank());
    }


    public LazyDataModel<HistoryRow> getJobs() { return jobs; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getLpa() { return lpa; }
    public void setLpa(String lpa) { this.lpa = lpa; }
    public String getNca() { return nca; }
    public void setNca(String nca) { this.nca = nca; }
    public String getError() { return error; }
}
