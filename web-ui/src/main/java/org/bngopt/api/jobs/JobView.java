package org.bngopt.api.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.bngopt.api.ApiJson;
import org.bngopt.jobs.entity.Job;

/** The JSON of a job: its state for {@code GET /api/jobs/{id}}, or a summary line of the history. */
final class JobView {
    private JobView() {
    }

    static ObjectNode summary(Job job) {
        ObjectNode node = ApiJson.object()
                .put("id", job.id().toString())
                .put("status", job.status().code())
                .put("progress", job.progress())
                .put("cached", job.cached())
                .put("referenceDataVersion", job.referenceVersion())
                .put("instance", job.instance())
                .put("attempts", job.attempts());
        node.set("createdAt", ApiJson.MAPPER.valueToTree(job.createdAt()));
        node.set("startedAt", ApiJson.MAPPER.valueToTree(job.startedAt()));
        node.set("finishedAt", ApiJson.MAPPER.valueToTree(job.finishedAt()));
        if (job.error() != null) {
            node.put("error", job.error());
        }
        return node;
    }

    static ObjectNode full(Job job) {
        ObjectNode node = summary(job);
        node.putRawValue("request", new RawValue(job.requestJson()));
        if (job.resultJson() != null) {
            node.putRawValue("result", new RawValue(job.resultJson()));
        }
        return node;
    }
}
