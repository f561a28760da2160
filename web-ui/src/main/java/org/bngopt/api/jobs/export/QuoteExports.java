package org.bngopt.api.jobs.export;

import jakarta.ws.rs.core.Response;
import org.bngopt.jobs.entity.Job;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;

/** A finished job's quote as a CSV, Excel or PDF download named after the quote. */
public final class QuoteExports {
    private QuoteExports() {
    }

    public static Response of(String id, Job job, String format) {
        QuoteSheet sheet = QuoteSheet.of(id, job.createdAt(), Json.read(job.requestJson(), QuoteRequest.class),
                Json.read(job.resultJson(), QuoteResult.class));
        byte[] body = switch (format) {
            case "csv" -> CsvExport.of(sheet);
            case "xlsx" -> XlsxExport.of(sheet);
            default -> PdfExport.of(sheet);
        };
        String type = switch (format) {
            case "csv" -> "text/csv; charset=UTF-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/pdf";
        };
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + sheet.fileName() + "." + format + "\"").build();
    }
}
