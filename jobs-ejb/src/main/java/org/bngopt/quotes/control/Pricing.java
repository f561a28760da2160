package org.bngopt.quotes.control;

import org.bngopt.jobs.entity.Job;
import org.bngopt.json.Json;
import org.bngopt.quote.QuoteRequest;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quote.Site;
import org.bngopt.quotes.ManualLine;
import org.bngopt.quotes.entity.Quote;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The priced part of a quote: the finished job's request and result, and the manual lines, with the
 * totals they make together (the result's total plus the manual lines, which take no discount).
 */
public record Pricing(UUID jobId, String requestJson, String resultJson, QuoteRequest request, QuoteResult result,
                      List<ManualLine> manualLines) {

    public static Pricing of(Job job, List<ManualLine> manualLines) {
        return new Pricing(job.id(), job.requestJson(), job.resultJson(), Json.read(job.requestJson(), QuoteRequest.class),
                Json.read(job.resultJson(), QuoteResult.class), List.copyOf(manualLines));
    }

    public static Pricing of(Quote quote) {
        return new Pricing(quote.jobId(), quote.requestJson(), quote.resultJson(), Json.read(quote.requestJson(), QuoteRequest.class),
                Json.read(quote.resultJson(), QuoteResult.class), manualLines(quote));
    }

    public static List<ManualLine> manualLines(Quote quote) {
        return Arrays.asList(Json.read(quote.manualLinesJson(), ManualLine[].class));
    }

    public Pricing withManualLines(List<ManualLine> lines) {
        return new Pricing(jobId, requestJson, resultJson, request, result, List.copyOf(lines));
    }

    public BigDecimal manualSubtotal() {
        return ManualLine.subtotal(manualLines);
    }

    public BigDecimal total() {
        return result.total().add(manualSubtotal());
    }

    public String lpa() {
        Site site = request.site();
        return site == null ? null : site.lpa();
    }

    public String nca() {
        Site site = request.site();
        return site == null ? null : site.nca();
    }

    public String manualLinesJson() {
        return Json.compact(manualLines);
    }
}
