package org.bngopt.ui.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.ui.client.Api;
import org.bngopt.unavailability.Statement;

import java.io.Serializable;

/** The page of a statement of unavailability ({@code unavailability.xhtml?job=…}): each unmet line, its banks, and the PDF. */
@Named
@ViewScoped
public class UnavailabilityPage implements Serializable {
    @Inject
    Api api;

    private String job;
    private Statement statement;
    private String error;

    public void load() {
        try {
            statement = job == null ? null : api.client().unavailability(job);
        } catch (ApiException refused) {
            error = refused.error().describe();
        } catch (IllegalArgumentException badId) {
            error = "There is no quote " + job + ".";
        }
    }

    public String getJob() { return job; }
    public void setJob(String value) { this.job = value; }
    public Statement getStatement() { return statement; }
    public String getError() { return error; }
}
