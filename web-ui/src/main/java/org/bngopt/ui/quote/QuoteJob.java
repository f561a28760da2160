package org.bngopt.ui.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.util.Map;
import org.bngopt.quote.QuoteRequest;
import java.util.List;
import jakarta.ws.rs.ProcessingException;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.JobView;
import org.bngopt.ui.client.Api;

import java.io.Serializable;

/**
 * The job behind the New quote page. One submit posts the form's request to {@code /api/jobs}: a cached
 * answer shows at once; otherwise the page polls the job, often at first and then less, until it ends
 * (see {@link #getPollMillis()}), and the user may cancel. The page shows the API's latest answer about the job as it is; API validation errors
 * are shown next to their fields.
 */
@Named
@ViewScoped
public class QuoteJob implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How long a submission waits for its job to end before the page starts polling. */
    static final int FIRST_WAIT_MILLIS = 800;
    static final String UNREACHABLE = "The quote service cannot be reached. Please try again in a moment.";

    @Inject
    Api api;

    @Inject
    QuoteForm form;

    /** The API's latest answer; sessions stay in the instance's memory, so it is never serialised. */
    private transient JobView job;
    /** The request last submitted: a cached answer does not repeat it. */
    private transient QuoteRequest sent;
    private long answerMillis;
    private long submittedAt;
    private String error;

    public void submit() {
        error = null;
        job = null;
        Map<String, String> siteProblems = form.siteProblems();
        if (!siteProblems.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            siteProblems.forEach((input, problem) -> faces.addMessage(input,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null)));
            faces.validationFailed();
            showFieldMessages();
            return;
        }
        submittedAt = System.nanoTime();
        long started = submittedAt;
        try {
            sent = form.toRequest();
            JobView answer = api.client().submit(sent);
            if (answer.running()) {
                // Most quotes take a fraction of a second: wait for this one in this answer, then poll.
                answer = api.client().awaitEnd(answer.id(), FIRST_WAIT_MILLIS);
            }
            answerMillis = (System.nanoTime() - started) / 1_000_000;
            show(answer);
        } catch (ApiException refused) {
            if (refused.status() == 400 && refused.error().errors() != null) {
                FieldMessages.show(refused.error());
                showFieldMessages();
            } else {
                error = refused.getMessage();
            }
        } catch (ProcessingException e) {
            error = UNREACHABLE;
        }
    }

    public void poll() {
        if (!isRunning()) {
            return;
        }
        try {
            show(api.client().job(job.id()));
        } catch (ApiException refused) {
            error = refused.getMessage();
            job = null;
        } catch (ProcessingException e) {
            error = UNREACHABLE;
        }
    }

    /**
     * "Get quote" re-renders only the status and the result, the quick path; when the form has problems
     * (a Faces validation here, or the API's field errors) the whole form is rendered again to show them.
     */
    public void afterValidation() {
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            showFieldMessages();
        }
    }

    private static void showFieldMessages() {
        PrimeFaces.current().ajax().update("quote");
    }

    /** Empties the form and forgets the job shown (after the page asked). */
    public void clear() {
        form.clear();
        job = null;
        sent = null;
        error = null;
    }

    /**
     * How long the page waits before asking again: often at first, when most quotes end, then once a
     * second, so that a quick quote shows within a fraction of a second and a long one costs little.
     */
    public int getPollMillis() {
        long running = (System.nanoTime() - submittedAt) / 1_000_000;
        return running < 3_000 ? 100 : running < 15_000 ? 300 : 1_000;
    }

    public void cancel() {
        if (isRunning()) {
            try {
                job = api.client().cancel(job.id());
            } catch (ApiException refused) {
                // It ended before the cancel arrived; the next poll shows how.
            } catch (ProcessingException e) {
                error = UNREACHABLE;
            }
        }
    }

    void show(JobView answer) {
        job = answer;
        if (answer.failed()) {
            error = "The optimisation failed: " + (answer.error() == null ? "no reason given" : answer.error()) + ".";
        }
    }

    void failed(String message) {
        error = message;
    }

    public boolean isRunning() {
        return job != null && job.running();
    }

    public boolean isEnded() {
        return !isRunning();
    }

    public ResultView getResultView() {
        if (job == null || job.result() == null) {
            return null;
        }
        QuoteRequest request = job.request() != null ? job.request() : sent;
        return new ResultView(job.result(), request == null || request.options() == null ? null
                : request.options().promoterDiscount());
    }

    /** What makes the result less than it seems, such as a site the reference data does not know. */
    public List<String> getNotices() {
        return job == null ? List.of() : job.notices();
    }

    public String getJobId() {
        return job == null ? null : job.id();
    }

    public String getStatus() {
        return job == null ? null : job.status();
    }

    /** A cached answer carries no progress: it is finished. */
    public int getProgress() {
        return job == null ? 0 : job.finished() ? 100 : job.progress();
    }

    public boolean isCached() {
        return job != null && job.cached();
    }

    public long getAnswerMillis() { return answerMillis; }
    public String getError() { return error; }
}
