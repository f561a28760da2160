package org.bngopt.ui.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.api.ApiJson;
import org.bngopt.ui.client.Api;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Import and edit" page: upload a workbook or zip, see every problem by sheet and row or the
 * rows each table would gain, lose and change, then confirm; and edit one stock parcel or price.
 */
@Named
@ViewScoped
public class ReferenceAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One table's changes in the preview. */
    public record Change(String table, int added, int removed, int changed) implements Serializable {
    }

    @Inject
    Api api;

    private transient UploadedFile file;
    private byte[] checked;
    private String checkedName;
    private final List<Change> changes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String stockId;
    private BigDecimal available;
    private BigDecimal quoted;
    private String priceBank;
    private String priceHabitat;
    private String priceSize;
    private String priceTier;
    private BigDecimal price;

    /** Checks the uploaded file; nothing is written. */
    public void check() {
        changes.clear();
        problems.clear();
        checked = null;
        if (file == null || file.getSize() == 0) {
            AdminCalls.error("Choose an .xlsx workbook or a .zip of CSV files first.");
            return;
        }
        byte[] content = file.getContent();
        if (send(content, false)) {
            checked = content;
            checkedName = file.getFileName();
        }
    }

    /** Imports the file that was checked. */
    public void confirm() {
        if (checked != null && send(checked, true)) {
            checked = null;
        }
    }

    private boolean send(byte[] content, boolean confirm) {
        Optional<JsonNode> answer = AdminCalls.call(() -> api.admin().importSet(confirm, content),
                refused -> refused.path("problems").forEach(problem -> problems.add(problem.path("text").asText())));
        answer.ifPresent(body -> {
            changes.clear();
            for (JsonNode change : body.path("changes")) {
                changes.add(new Change(change.path("table").asText(), change.path("added").asInt(),
                        change.path("removed").asInt(), change.path("changed").asInt()));
            }
            AdminCalls.info(confirm ? "Imported: the reference data is now version " + body.path("version").asText() + "."
                    : "The file is valid. Check the changes below, then import it.");
        });
        return answer.isPresent();
    }

    public void saveStock() {
        String body = ApiJson.write(ApiJson.object().put("availableExclQuotes", available).put("quoted", quoted));
        AdminCalls.call(() -> api.admin().setStock(stockId, body)).ifPresent(done ->
                AdminCalls.info("Stock " + stockId + " saved: version " + done.path("version").asText() + "."));
    }

    public void savePrice() {
        String body = ApiJson.write(ApiJson.object().put("bankId", priceBank).put("habitatName", priceHabitat)
                .put("contractSize", priceSize).put("tier", priceTier).put("price", price));
        AdminCalls.call(() -> api.admin().setPrice(body)).ifPresent(done ->
                AdminCalls.info("Price saved: version " + done.path("version").asText() + "."));
    }

    public boolean isChecked() {
        return checked != null;
    }

    public String getCheckedName() {
        return checkedName;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public List<String> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getStockId() {
        return stockId;
    }

    public void setStockId(String stockId) {
        this.stockId = stockId;
    }

    public BigDecimal getAvailable() {
        return available;
    }

    public void setAvailable(BigDecimal available) {
        this.available = available;
    }

    public BigDecimal getQuoted() {
        return quoted;
    }

    public void setQuoted(BigDecimal quoted) {
        this.quoted = quoted;
    }

    public String getPriceBank() {
        return priceBank;
    }

    public void setPriceBank(String priceBank) {
        this.priceBank = priceBank;
    }

    public String getPriceHabitat() {
        return priceHabitat;
    }

    public void setPriceHabitat(String priceHabitat) {
        this.priceHabitat = priceHabitat;
    }

    public String getPriceSize() {
        return priceSize;
    }

    public void setPriceSize(String priceSize) {
        this.priceSize = priceSize;
    }

    public String getPriceTier() {
        return priceTier;
    }

    public void setPriceTier(String priceTier) {
        this.priceTier = priceTier;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
