package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bngopt.jobs.entity.JobStatus;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A job as the API shows it: its state, timings and, where asked for, the request and (once finished)
 * the result. {@code submittedBy} is who asked for it; {@code total} is the quote's total, given in the
 * history (where the result is left out). {@code notices} warn of what makes the result less than it seems, such as a site name the
 * reference data does not know (the banks then count as far). A submission's answer carries only {@code id} and {@code status}, or {@code cached} and the
 * result when it was answered from the cache.
 */
@JsonPropertyOrder({"id", "status", "progress", "cached", "referenceDataVersion", "instance", "attempts",
        "createdAt", "startedAt", "finishedAt", "submittedBy", "total", "error", "notices", "request", "result"})
public record JobView(String id, String status, int progress, boolean cached, String referenceDataVersion,
                      String instance, int attempts, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, String submittedBy,
                      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal total,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String error,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notices,
                      @JsonInclude(JsonInclude.Include.NON_NULL) QuoteRequest request,
                      @JsonInclude(JsonInclude.Include.NON_NULL) QuoteResult result) {

    public JobView {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public boolean running() {
        return JobStatus.QUEUED.code().equals(status) || JobStatus.STARTED.code().equals(status);
    }

    public boolean finished() {
        return JobStatus.FINISHED.code().equals(status);
    }

    public boolean failed() {
        return JobStatus.FAILED.code().equals(status);
    }
}
