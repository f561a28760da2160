package org.bngopt.ui.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.JobView;
import org.bngopt.ui.client.Api;

import java.io.Serializable;

/**
 * A past job opened on the New quote page: {@code ?job=} shows its request and result, {@code ?requote=}
 * puts its request back in the form to be quoted again on today's reference data.
 */
@Named
@ViewScoped
public class PastQuote implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Api api;

    @Inject
    QuoteForm form;

    @Inject
    QuoteJob job;

    private String requoteId;
    private String openId;

    public void load() {
        String id = requoteId != null ? requoteId : openId;
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            JobView past = api.client().job(id);
            form.fill(past.request());
            if (openId != null && past.finished()) {
                job.show(past);
            }
        } catch (ApiException refused) {
            job.failed("There is no quote " + id + ".");
        } catch (ProcessingException e) {
            job.failed(QuoteJob.UNREACHABLE);
        }
    }

    /** An earlier quote shown as it was answered, not a form to edit. */
    public boolean isViewing() {
        return openId != null && requoteId == null && job.getResultView() != null;
    }

    public String getRequoteId() { return requoteId; }
    public void setRequoteId(String value) { this.requoteId = value; }
    public String getOpenId() { return openId; }
    public void setOpenId(String value) { this.openId = value; }
}
