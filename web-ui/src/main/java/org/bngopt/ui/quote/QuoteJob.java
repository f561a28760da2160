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
 * The job behind the New quote page. One submit posts the form's request to {@code /api/jobs}: a cached
 * answer shows at once; otherwise the page polls the job at most once a second until it ends, and the
 * user may cancel. API validation errors are shown next to their fields.
 */
@Named
@ViewScoped
public class QuoteJob implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String UNREACHABLE = "The quote service cannot be reached. Please try again in a moment.";

    @Inject
    Api api;

    @Inject
    QuoteForm form;

    private String jobId;
    private String status;
    private int progress;
    private boolean cached;
    private long answerMillis;
    private String error;
    private transient ResultView resultView;

    public void submit() {
        error = null;
        resultView = null;
        jobId = null;
        cached = false;
        long started = System.nanoTime();
        try {
            JobView job = api.client().submit(form.toRequest());
            answerMillis = (System.nanoTime() - started) / 1_000_000;
            show(job);
        } catch (ApiException refused) {
            if (refused.status() == 400 && refused.error().errors() != null) {
                FieldMessages.show(refused.error());
            } else {
                error = refused.getMessage();
            }
        } catch (ProcessingException e) {
            error = UNREACHABLE;
        }
    }

    public void poll() {
        if (jobId == null || isEnded()) {
            return;
        }
        try {
            show(api.client().job(jobId));
        } catch (ApiException refused) {
            error = refused.getMessage();
            status = JobView.FAILED;
        } catch (ProcessingException e) {
            error = UNREACHABLE;
        }
    }

    public void cancel() {
        if (jobId != null) {
            try {
                status = api.client().cancel(jobId).status();
            } catch (ApiException refused) {
                // It ended before the cancel arrived; the next poll shows how.
            } catch (ProcessingException e) {
                error = UNREACHABLE;
            }
        }
    }

    /** Shows a job as the API answered it: its state, and its result once finished. */
    void show(JobView job) {
        jobId = job.id();
        status = job.status();
        cached = job.cached();
        progress = JobView.FINISHED.equals(status) ? 100 : job.progress();
        if (job.result() != null) {
            resultView = new ResultView(job.result());
        }
        if (JobView.FAILED.equals(status)) {
            error = "The optimisation failed: " + (job.error() == null ? "no reason given" : job.error()) + ".";
        }
    }

    void failed(String message) {
        error = message;
    }

    public boolean isRunning() {
        return jobId != null && ("queued".equals(status) || "started".equals(status));
    }

    public boolean isEnded() {
        return !isRunning();
    }

    public String reason(String code) {
        return ResultView.reason(code);
    }

    public ResultView getResultView() { return resultView; }
    public String getJobId() { return jobId; }
    public String getStatus() { return status; }
    public int getProgress() { return progress; }
    public boolean isCached() { return cached; }
    public long getAnswerMillis() { return answerMillis; }
    public String getError() { return error; }
}
