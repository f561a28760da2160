package org.bngopt.api.jobs;

import org.bngopt.contract.JobView;
import org.bngopt.jobs.entity.Job;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.SiteNotices;
import org.bngopt.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import org.bngopt.jobs.control.JobStore;
import org.bngopt.quote.QuoteResult;

/**
 * A stored job as the API shows it: in full for {@code GET /api/jobs/{id}}, with its request in the history.
 * The stored request and result are read into their records and written again rather than spliced in as
 * text, so that the answer is the typed contract the pages bind. That costs about 15 µs for golden
 * result p04 (3 KB, measured warm); the hot cache-hit answer does not come this way.
 */
final class JobViews {
    private JobViews() {
    }

    static JobView summary(Job job) {
        return view(job, null, null, null, List.of());
    }

    /** A row of the history: the request and the quote's total, without the result. */
    static JobView listed(JobStore.Listed listed) {
        return view(listed.job(), Json.read(listed.job().requestJson(), QuoteRequest.class), listed.quoteTotal(), null,
                List.of());
    }

    /** With the request, the result once there is one, and the notices about its site against {@code data}. */
    static JobView full(Job job, ReferenceData data) {
        QuoteRequest request = Json.read(job.requestJson(), QuoteRequest.class);
        QuoteResult result = job.resultJson() == null ? null : Json.read(job.resultJson(), QuoteResult.class);
        return view(job, request, result == null ? null : result.total(), result, SiteNotices.of(request.site(), data));
    }

    private static JobView view(Job job, QuoteRequest request, BigDecimal total, QuoteResult result, List<String> notices) {
        return new JobView(job.id().toString(), job.status().code(), job.progress(), job.cached(), job.referenceVersion(),
                job.instance(), job.attempts(), job.createdAt(), job.startedAt(), job.finishedAt(), job.submittedBy(), total,
                job.error(), notices, request, result);
    }
}
