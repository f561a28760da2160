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
 * user may cancel. The page shows the API's latest answer about the job as it is; API validation errors
 * are shown next to their fields.
 */
@Named
@ViewScoped
public class QuoteJob implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String UNREACHABLE = "The quote service cannot be reached. Please try again in a moment.";

    @Inject
    Api api;

    @Inject
    QuoteForm form;

    /** The API's latest answer; sessions stay in the instance's memory, so it is never serialised. */
    private transient JobView job;
    private long answerMillis;
    private String error;

    public void submit() {
        error = null;
        job = null;
        long started = System.nanoTime();
        try {
            JobView answer = api.client().submit(form.toRequest());
            answerMillis = (System.nanoTime() - started) / 1_000_000;
            show(answer);
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

    public String reason(String code) {
        return ResultView.reason(code);
    }

    public ResultView getResultView() {
        return job == null || job.result() == null ? null : new ResultView(job.result());
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
