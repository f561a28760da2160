package org.bngopt.ui.quotes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.CustomerBody;
import org.bngopt.contract.CustomerView;
import org.bngopt.contract.IntroducerView;
import org.bngopt.contract.QuoteBody;
import org.bngopt.contract.QuoteView;
import org.bngopt.ui.FieldProblems;
import org.bngopt.contract.JobView;
import org.bngopt.ui.quote.ResultView;
import org.bngopt.quotes.ManualLine;
import org.bngopt.ui.client.Api;
import org.bngopt.ui.parties.CustomerForm;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "Save as quote" for a finished result (the page {@code save-quote.xhtml?job=…}): an existing customer or a new one (a new one whose e-mail or phone is
 * known is offered as the existing customer instead), the site, an introducer, notes and manual lines
 * (felled woodland offered at {@code FELLED_WOODLAND_PRICE}). Saved, the page goes to the quote.
 */
@Named
@ViewScoped
public class SaveQuote implements Serializable {
    private static final BigDecimal DEFAULT_FELLED_WOODLAND_PRICE = new BigDecimal(15000);

    @Inject
    Api api;

    private String jobId;
    private JobView job;
    private transient List<IntroducerView> introducers;
    private boolean newCustomer = true;
    private Long customerId;
    private CustomerForm customer = new CustomerForm();
    private List<CustomerView> sameCustomers = List.of();
    private String location;
    private String postcode;
    private Long introducerId;
    private String notes;
    private List<ManualRow> manualRows = new ArrayList<>();
    private transient List<CustomerView> customers;

    /** Loads the job named in the address, with the felled-woodland lines its result leaves to the broker. */
    public void load() {
        try {
            job = jobId == null ? null : api.client().job(jobId);
        } catch (ApiException | IllegalArgumentException notFound) {
            job = null;
        }
        if (job == null || job.result() == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "There is no finished quote " + jobId + " of yours to save; get a quote first.", null));
            job = null;
            return;
        }
        if (manualRows.isEmpty()) {
            BigDecimal felledWoodlandPrice = ConfigProvider.getConfig().getOptionalValue("FELLED_WOODLAND_PRICE", BigDecimal.class)
                    .orElse(DEFAULT_FELLED_WOODLAND_PRICE);
            ManualLine.offeredFor(job.result().lines(), felledWoodlandPrice).forEach(line -> manualRows.add(ManualRow.of(line)));
        }
    }

    /** The result being saved, as the quote page shows it. */
    public ResultView getResultView() {
        return job == null ? null : new ResultView(job.result(), job.request() == null || job.request().options() == null ? null
                : job.request().options().promoterDiscount());
    }

    /** Looks for customers with the e-mail or phone typed, to offer them instead of a duplicate. */
    public void checkSame() {
        CustomerBody typed = customer.body();
        sameCustomers = typed.email() == null && typed.phone() == null ? List.of()
                : api.quotes().sameCustomers(typed.email(), typed.phone());
    }

    public void useCustomer(CustomerView existing) {
        newCustomer = false;
        customerId = existing.id();
        customers = null;
        sameCustomers = List.of();
    }

    public void addManualRow() {
        manualRows.add(new ManualRow());
    }

    public void removeManualRow(ManualRow row) {
        manualRows.remove(row);
    }

    public void save() throws IOException {
        QuoteBody body = new QuoteBody(jobId, newCustomer ? null : customerId,
                newCustomer ? customer.body() : null,
                new QuoteBody.SiteBody(CustomerForm.blankToNull(location), CustomerForm.blankToNull(postcode)), introducerId,
                CustomerForm.blankToNull(notes),
                manualRows.stream().map(ManualRow::line).toList());
        try {
            QuoteView saved = api.quotes().save(body);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/quote-record.xhtml?reference=" + saved.reference());
        } catch (ApiException refused) {
            show(refused.error());
        }
    }

    private void show(ApiError error) {
        if ("DUPLICATE_CUSTOMER".equals(error.error())) {
            checkSame();
        }
        FieldProblems.show(error, SaveFields::clientId, "The quote was not saved: please correct the fields marked below.");
    }

    /** Every customer, by name, for the choice of an existing one. */
    public List<CustomerView> getCustomers() {
        if (customers == null) {
            customers = api.quotes().customers(null);
        }
        return customers;
    }

    public List<IntroducerView> getIntroducers() {
        if (introducers == null) {
            introducers = api.quotes().introducers().stream().filter(IntroducerView::active).toList();
        }
        return introducers;
    }


    public String getJobId() { return jobId; }
    public void setJobId(String value) { this.jobId = value; }
    public boolean isReady() { return job != null; }
    public boolean isNewCustomer() { return newCustomer; }
    public void setNewCustomer(boolean value) { this.newCustomer = value; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long value) { this.customerId = value; }
    public CustomerForm getCustomer() { return customer; }
    public List<CustomerView> getSameCustomers() { return sameCustomers; }
    public String getLocation() { return location; }
    public void setLocation(String value) { this.location = value; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String value) { this.postcode = value; }
    public Long getIntroducerId() { return introducerId; }
    public void setIntroducerId(Long value) { this.introducerId = value; }
    public String getNotes() { return notes; }
    public void setNotes(String value) { this.notes = value; }
    public List<ManualRow> getManualRows() { return manualRows; }
}
