package org.bngopt.ui.history;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.bngopt.api.Parameters;
import org.bngopt.ui.client.Api;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
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
            return (int) Math.min(Integer.MAX_VALUE, page(0, 1).path("total").asLong());
        }

        @Override
        public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            JsonNode page = page(first / pageSize, pageSize);
            setRowCount(page.path("total").asInt());
            List<HistoryRow> rows = new ArrayList<>();
            for (JsonNode job : page.path("jobs")) {
                rows.add(row(job));
            }
            return rows;
        }

        @Override
        public String getRowKey(HistoryRow row) {
            return row.id();
        }
    };

    private JsonNode page(int page, int size) {
        try (Response response = api.client().history(Parameters.text(status), from == null ? null : from.toString(),
                to == null ? null : to.plusDays(1).toString(), Parameters.text(lpa), Parameters.text(nca), page, size)) {
            JsonNode body = Api.read(response.readEntity(String.class));
            if (response.getStatus() != 200) {
                error = body.path("message").asText("The history could not be read.");
                return Api.read("{\"total\":0,\"jobs\":[]}");
            }
            error = null;
            return body;
        } catch (ProcessingException | IllegalStateException e) {
            error = "The quote service cannot be reached. Please try again in a moment.";
            return Api.read("{\"total\":0,\"jobs\":[]}");
        }
    }

    private static HistoryRow row(JsonNode job) {
        JsonNode request = job.path("request");
        List<String> habitats = new ArrayList<>();
        request.path("demand").forEach(line -> habitats.add(line.path("habitat").asText() + " " + line.path("units").asText()));
        return new HistoryRow(job.path("id").asText(), job.path("status").asText(), job.path("cached").asBoolean(),
                job.path("createdAt").asText().replace('T', ' ').replaceAll("\\..*", ""),
                request.path("site").path("lpa").asText(""), request.path("site").path("nca").asText(""),
                String.join("; ", habitats));
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
