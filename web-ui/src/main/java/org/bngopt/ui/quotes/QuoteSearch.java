package org.bngopt.ui.quotes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.QuotePage;
import org.bngopt.contract.QuoteSummary;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The Quotes page: a search by reference, client, status, LPA, NCA and dates, newest first, a page at a time. */
@Named
@ViewScoped
public class QuoteSearch implements Serializable {
    static final int PAGE_SIZE = 20;

    @Inject
    Api api;

    private String reference;
    private String client;
    private String status;
    private String lpa;
    private String nca;
    private LocalDate from;
    private LocalDate to;
    private Long customerId;
    private int page;
    private QuotePage found;
    private String error;

    public void search() {
        page = 0;
        load();
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public void load() {
        try {
            found = api.quotes().search(blank(reference), blank(client), blank(status), blank(lpa), blank(nca),
                    from == null ? null : from.toString(), to == null ? null : to.toString(), customerId, page, PAGE_SIZE);
            error = null;
        } catch (ApiException refused) {
            found = null;
            error = refused.error().describe();
        }
    }

    public List<QuoteSummary> getQuotes() {
        if (found == null && error == null) {
            load();
        }
        return found == null ? List.of() : found.quotes();
    }

    public long getTotal() {
        return found == null ? 0 : found.total();
    }

    public boolean isLastPage() {
        return found == null || (long) (page + 1) * PAGE_SIZE >= found.total();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getReference() { return reference; }
    public void setReference(String value) { this.reference = value; }
    public String getClient() { return client; }
    public void setClient(String value) { this.client = value; }
    public String getStatus() { return status; }
    public void setStatus(String value) { this.status = value; }
    public String getLpa() { return lpa; }
    public void setLpa(String value) { this.lpa = value; }
    public String getNca() { return nca; }
    public void setNca(String value) { this.nca = value; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate value) { this.from = value; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate value) { this.to = value; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long value) { this.customerId = value; }
    public int getPage() { return page; }
    public String getError() { return error; }
}
