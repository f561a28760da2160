package org.bngopt.ui.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.bngopt.api.ApiJson;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The New quote page. Nothing runs while the user types; one submit posts the request to
 * {@code /api/jobs}. A cached answer shows at once; otherwise the page polls the job at most once a
 * second until it ends, and the user may cancel. API validation errors are shown next to their fields.
 */
@Named
@ViewScoped
public class NewQuote implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("demand\\[(\\d+)]\\.(habitat|units)");
    private static final Map<String, String> NET_GAIN = Map.of(
            "area", "Net Gain (Low-equivalent)", "hedgerow", "Net Gain (Hedgerows)", "watercourse", "Net Gain (Watercourses)");

    @Inject
    Api api;

    @Inject
    Catalogue catalogue;

    private final List<DemandRow> rows = new ArrayList<>(List.of(new DemandRow()));
    private String lpa;
    private String nca;
    private List<String> lpaNeighbours;
    private List<String> ncaNeighbours;
    private String waterbodyCatchment;
    private String operationalCatchment;
    private String quotesHoldPolicy = "IGNORE";
    private String discountType = "NONE";
    private BigDecimal discountValue;
    private boolean allowPairing = true;
    private Integer maxBanks;
    private BigDecimal suoEligibleSurplus;

    private String jobId;
    private String status;
    private int progress;
    private boolean cached;
    private long answerMillis;
    private String error;
    private String resultJson;
    private transient ResultView resultView;
    private String requoteId;
    private String openId;

    // --- the demand table

    public void addRow() {
        rows.add(new DemandRow());
    }

    public void removeRow(DemandRow row) {
        rows.remove(row);
        if (rows.isEmpty()) {
            rows.add(new DemandRow());
        }
    }

    public void clear() {
        rows.clear();
        rows.add(new DemandRow());
    }

    public void addNetGain(String ledger) {
        rows.removeIf(row -> (row.getHabitat() == null || row.getHabitat().isBlank()) && row.getUnits() == null);
        rows.add(new DemandRow(NET_GAIN.get(ledger), null));
    }

    public List<String> completeHabitat(String query) {
        return catalogue.habitatsMatching(query);
    }

    public String ledgerOf(String habitat) {
        Catalogue.HabitatChoice choice = catalogue.habitat(habitat);
        return choice == null ? "" : choice.ledger();
    }

    public String distinctivenessOf(String habitat) {
        Catalogue.HabitatChoice choice = catalogue.habitat(habitat);
        return choice == null ? "" : choice.distinctiveness();
    }

    /** Running units per ledger, for the lines whose habitat is known. */
    public Map<String, BigDecimal> getTotals() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (DemandRow row : rows) {
            String ledger = ledgerOf(row.getHabitat());
            if (!ledger.isEmpty() && row.getUnits() != null) {
                totals.merge(ledger, row.getUnits(), BigDecimal::add);
            }
        }
        return totals;
    }

    public List<Map.Entry<String, BigDecimal>> getTotalList() {
        return List.copyOf(getTotals().entrySet());
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

    // --- submitting and following the job

    public void submit() {
        error = null;
        resultJson = null;
        resultView = null;
        jobId = null;
        cached = false;
        long started = System.nanoTime();
        try (Response response = api.client().submit(ApiJson.write(request()))) {
            String body = response.readEntity(String.class);
            answerMillis = (System.nanoTime() - started) / 1_000_000;
            JsonNode answer = Api.read(body);
            switch (response.getStatus()) {
                case 200 -> {
                    cached = answer.path("cached").asBoolean();
                    jobId = answer.path("id").asText();
                    show("finished", 100, answer.path("result").toString());
                }
                case 202 -> {
                    jobId = answer.path("id").asText();
                    status = answer.path("status").asText();
                    progress = 0;
                }
                case 400 -> showValidationErrors(answer.path("errors"));
                default -> error = answer.path("message").asText("The quote service answered " + response.getStatus() + ".");
            }
        } catch (ProcessingException | IllegalStateException e) {
            error = "The quote service cannot be reached. Please try again in a moment.";
        }
    }

    public void poll() {
        if (jobId == null || isEnded()) {
            return;
        }
        try (Response response = api.client().job(jobId)) {
            JsonNode job = Api.read(response.readEntity(String.class));
            if (response.getStatus() != 200) {
                error = job.path("message").asText("The job could not be read.");
                status = "failed";
                return;
            }
            String jobStatus = job.path("status").asText();
            if (jobStatus.equals("finished")) {
                show(jobStatus, 100, job.path("result").toString());
            } else {
                status = jobStatus;
                progress = job.path("progress").asInt();
                if (jobStatus.equals("failed")) {
                    error = "The optimisation failed: " + job.path("error").asText("no reason given") + ".";
                }
            }
        } catch (ProcessingException | IllegalStateException e) {
            error = "The quote service cannot be reached. Please try again in a moment.";
        }
    }

    public void cancel() {
        if (jobId != null) {
            try (Response response = api.client().cancel(jobId)) {
                status = response.getStatus() == 200 ? "cancelled" : status;
            } catch (ProcessingException e) {
                error = "The quote service cannot be reached. Please try again in a moment.";
            }
        }
    }

    private void show(String jobStatus, int percent, String json) {
        status = jobStatus;
        progress = percent;
        resultJson = json;
        resultView = null;
    }

    private void showValidationErrors(JsonNode errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (JsonNode problem : errors) {
            String field = problem.path("field").asText();
            String message = problem.path("message").asText();
            Matcher line = LINE_FIELD.matcher(field);
            String clientId = line.matches() ? "quote:demand:" + line.group(1) + ":" + line.group(2)
                    : field.startsWith("site.") ? "quote:" + field.substring(5)
                    : field.startsWith("options.") ? "quote:" + field.substring(8).replace('.', '_') : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Please correct the fields marked below.", errors.size() + " problem(s) in the request"));
    }

    /** The request of rules.md §11 from the form; empty fields are left out so defaults apply. */
    ObjectNode request() {
        ObjectNode request = ApiJson.object();
        ArrayNode demand = request.putArray("demand");
        for (DemandRow row : rows) {
            ObjectNode line = demand.addObject();
            line.put("habitat", row.getHabitat() == null ? "" : row.getHabitat());
            if (row.getUnits() != null) {
                line.put("units", row.getUnits());
            }
        }
        ObjectNode site = request.putObject("site");
        putText(site, "lpa", lpa);
        putText(site, "nca", nca);
        putText(site, "waterbodyCatchment", waterbodyCatchment);
        putText(site, "operationalCatchment", operationalCatchment);
        if (lpaNeighbours != null) {
            lpaNeighbours.forEach(site.putArray("lpaNeighbours")::add);
        }
        if (ncaNeighbours != null) {
            ncaNeighbours.forEach(site.putArray("ncaNeighbours")::add);
        }
        ObjectNode options = request.putObject("options");
        options.put("quotesHoldPolicy", quotesHoldPolicy);
        ObjectNode discount = options.putObject("promoterDiscount").put("type", discountType);
        if ("PERCENTAGE".equals(discountType) && discountValue != null) {
            discount.put("value", discountValue);
        }
        options.put("allowPairing", allowPairing);
        if (maxBanks != null) {
            options.put("maxBanks", maxBanks);
        }
        if (suoEligibleSurplus != null) {
            options.put("suoEligibleSurplus", suoEligibleSurplus);
        }
        return request;
    }

    private static void putText(ObjectNode object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.put(name, value.trim());
        }
    }

    // --- opening a past job, and requoting it

    public void load() {
        String id = requoteId != null ? requoteId : openId;
        if (id == null || id.isBlank()) {
            return;
        }
        try (Response response = api.client().job(id)) {
            if (response.getStatus() != 200) {
                error = "There is no quote " + id + ".";
                return;
            }
            JsonNode job = Api.read(response.readEntity(String.class));
            fill(job.path("request"));
            if (openId != null && job.path("status").asText().equals("finished")) {
                jobId = id;
                cached = job.path("cached").asBoolean();
                show("finished", 100, job.path("result").toString());
            }
        } catch (ProcessingException | IllegalStateException e) {
            error = "The quote service cannot be reached. Please try again in a moment.";
        }
    }

    private void fill(JsonNode request) {
        rows.clear();
        for (JsonNode line : request.path("demand")) {
            rows.add(new DemandRow(line.path("habitat").asText(), line.path("units").decimalValue()));
        }
        JsonNode site = request.path("site");
        lpa = text(site, "lpa");
        nca = text(site, "nca");
        waterbodyCatchment = text(site, "waterbodyCatchment");
        operationalCatchment = text(site, "operationalCatchment");
        lpaNeighbours = names(site.get("lpaNeighbours"));
        ncaNeighbours = names(site.get("ncaNeighbours"));
        JsonNode options = request.path("options");
        quotesHoldPolicy = options.path("quotesHoldPolicy").asText("IGNORE");
        discountType = options.path("promoterDiscount").path("type").asText("NONE");
        discountValue = options.path("promoterDiscount").has("value") ? options.path("promoterDiscount").path("value").decimalValue() : null;
        allowPairing = options.path("allowPairing").asBoolean(true);
        maxBanks = options.has("maxBanks") ? options.path("maxBanks").asInt() : null;
        suoEligibleSurplus = options.has("suoEligibleSurplus") ? options.path("suoEligibleSurplus").decimalValue() : null;
    }

    private static String text(JsonNode object, String name) {
        return object.has(name) ? object.path(name).asText() : null;
    }

    private static List<String> names(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    // --- what the page shows

    public boolean isRunning() {
        return jobId != null && ("queued".equals(status) || "started".equals(status));
    }

    public boolean isEnded() {
        return !isRunning();
    }

    public ResultView getResultView() {
        if (resultView == null && resultJson != null) {
            resultView = new ResultView(resultJson);
        }
        return resultView;
    }

    public String reason(String code) {
        return ResultView.reason(code);
    }

    // --- plain accessors for the form

    public List<DemandRow> getRows() { return rows; }
    public String getLpa() { return lpa; }
    public void setLpa(String lpa) { this.lpa = lpa; }
    public String getNca() { return nca; }
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
    public String getJobId() { return jobId; }
    public String getStatus() { return status; }
    public int getProgress() { return progress; }
    public boolean isCached() { return cached; }
    public long getAnswerMillis() { return answerMillis; }
    public String getError() { return error; }
    public String getRequoteId() { return requoteId; }
    public void setRequoteId(String value) { this.requoteId = value; }
    public String getOpenId() { return openId; }
    public void setOpenId(String value) { this.openId = value; }
}
