package org.bngopt.ui.watches;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.WatchBody;
import org.bngopt.contract.WatchView;
import org.bngopt.ui.FieldProblems;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Watches page ({@code watches.xhtml}, {@code ?job=…} to watch a result): the caller's watches (an admin's:
 * everyone's) with their state, pause and resume, delete; and a new watch of a finished job's request.
 */
@Named
@ViewScoped
public class WatchesPage implements Serializable {
    @Inject
    Api api;

    private String job;
    private String name;
    private String condition = "ALL_MET";
    private BigDecimal threshold;
    private String email;
    private List<WatchView> watches;

    public void create() {
        try {
            WatchView created = api.watches().create(new WatchBody(job, name, condition, "COST_BELOW".equals(condition) ? threshold : null,
                    email == null || email.isBlank() ? null : email.trim(), null));
            said(FacesMessage.SEVERITY_INFO, "Watching \u201c" + created.name() + "\u201d. You will be told here when "
                    + ("ALL_MET".equals(created.condition()) ? "all its units can be met." : "it costs less than the figure."));
            job = null;
            name = null;
            watches = null;
        } catch (ApiException refused) {
            refused(refused);
        }
    }

    public void pause(WatchView watch) {
        change(watch, new WatchBody(null, null, null, null, null, !watch.active()));
    }

    public void delete(WatchView watch) {
        try {
            api.watches().delete(watch.id());
            watches = null;
        } catch (ApiException refused) {
            refused(refused);
        }
    }

    private void change(WatchView watch, WatchBody body) {
        try {
            api.watches().change(watch.id(), body);
            watches = null;
        } catch (ApiException refused) {
            refused(refused);
        }
    }

    private static void refused(ApiException refused) {
        FieldProblems.show(refused.error(), field -> switch (field) {
            case "name", "condition", "threshold", "email" -> "newWatch:" + field;
            default -> null;
        }, null);
    }

    private static void said(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<WatchView> getWatches() {
        if (watches == null) {
            watches = api.watches().watches();
        }
        return watches;
    }

    public String getJob() { return job; }
    public void setJob(String value) { this.job = value; }
    public String getName() { return name; }
    public void setName(String value) { this.name = value; }
    public String getCondition() { return condition; }
    public void setCondition(String value) { this.condition = value; }
    public BigDecimal getThreshold() { return threshold; }
    public void setThreshold(BigDecimal value) { this.threshold = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { this.email = value; }
}
