package org.bngopt.ui.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.ProcessingException;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.MetricAnswer;
import org.bngopt.metric.MetricDemand;
import org.bngopt.ui.client.Api;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * "Import metric" on the New quote page: the workbook goes to {@code POST /api/metric}; the answer is
 * shown as a preview; "Use these lines" replaces the form's demand lines and fills the SUO surplus,
 * "Cancel" forgets it. Nothing changes on the form until the person chooses.
 */
@Named
@ViewScoped
public class MetricUpload implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Api api;

    @Inject
    QuoteForm form;

    private transient Part file;
    /** The preview; sessions stay in the instance's memory, so it is never serialised. */
    private transient MetricAnswer preview;
    private String fileName;
    private String error;

    public void read() {
        error = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            error = "Choose the metric workbook (.xlsx or .xlsm) first.";
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] workbook = in.readNBytes((16 << 20) + 1);
            fileName = file.getSubmittedFileName();
            preview = api.client().readMetric(workbook);
        } catch (ApiException refused) {
            error = "The workbook cannot be used: " + refused.getMessage();
        } catch (ProcessingException | IOException e) {
            error = QuoteJob.UNREACHABLE;
        }
    }

    /** Replaces the form's demand lines with the metric's, and its SUO surplus. */
    public void use() {
        if (preview != null) {
            form.replaceDemand(preview.demand().lines().stream()
                    .map(line -> new DemandRow(line.habitat(), line.units())).toList(),
                    preview.demand().suoEligibleSurplus().signum() > 0 ? preview.demand().suoEligibleSurplus() : null);
            preview = null;
        }
    }

    public void cancel() {
        preview = null;
        error = null;
    }

    public List<MetricDemand.Line> getLines() {
        return preview == null ? List.of() : preview.demand().lines();
    }

    public MetricAnswer getPreview() { return preview; }
    public String getFileName() { return fileName; }
    public String getError() { return error; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
