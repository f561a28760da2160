package org.bngopt.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ImportAnswer;
import org.bngopt.contract.PriceChange;
import org.bngopt.contract.StockQuantities;
import org.bngopt.ui.client.Api;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

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

    @Inject
    Api api;

    private transient Part file;
    private byte[] checked;
    private String checkedName;
    private final List<ImportAnswer.TableChange> changes = new ArrayList<>();
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
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            AdminCalls.error("The file could not be read; please choose it again.");
            return;
        }
        if (send(content, false)) {
            checked = content;
            checkedName = file.getSubmittedFileName();
        }
    }

    /** Imports the file that was checked. */
    public void confirm() {
        if (checked != null && send(checked, true)) {
            checked = null;
        }
    }

    private boolean send(byte[] content, boolean confirm) {
        Optional<ImportAnswer> answer = AdminCalls.call(() -> api.admin().importSet(confirm, content), refused -> {
            if (refused.problems() != null) {
                refused.problems().forEach(problem -> problems.add(problem.text()));
            }
        });
        answer.ifPresent(body -> {
            changes.clear();
            changes.addAll(body.changes());
            AdminCalls.info(confirm ? "Imported: the reference data is now version " + body.version() + "."
                    : "The file is valid. Check the changes below, then import it.");
        });
        return answer.isPresent();
    }

    public void saveStock() {
        StockQuantities quantities = new StockQuantities(available, quoted);
        AdminCalls.call(() -> api.admin().setStock(stockId, quantities)).ifPresent(done ->
                AdminCalls.info("Stock " + stockId + " saved: version " + done.version() + "."));
    }

    public void savePrice() {
        PriceChange change = new PriceChange(priceBank, priceHabitat, priceSize, priceTier, price);
        AdminCalls.call(() -> api.admin().setPrice(change)).ifPresent(done ->
                AdminCalls.info("Price saved: version " + done.version() + "."));
    }

    public boolean isChecked() {
        return checked != null;
    }

    public String getCheckedName() {
        return checkedName;
    }

    public List<ImportAnswer.TableChange> getChanges() {
        return changes;
    }

    public List<String> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
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
