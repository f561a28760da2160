package org.bngopt.ui.quotes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.JobView;
import org.bngopt.contract.MessageView;
import org.bngopt.document.ClientDocument;
import org.bngopt.contract.QuoteView;
import org.bngopt.contract.RequoteBody;
import org.bngopt.ui.client.Api;
import org.bngopt.ui.quote.ResultView;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A quote's own page ({@code quote-record.xhtml?reference=…}): where it stands, its client and site, its
 * result and manual lines, what happened to it, its revisions, and the actions its status allows. Requote
 * prices its request again on today's reference data and opens the new revision.
 */
@Named
@ViewScoped
public class QuoteRecord implements Serializable {
    /** How long a requote waits for its optimisation, in steps of the API's long poll. */
    private static final int REQUOTE_WAIT_STEPS = 6;
    private static final int WAIT_MILLIS = 10_000;

    @Inject
    Api api;

    private String reference;
    private QuoteView quote;
    private ClientDocument document;

    public void load() {
        document = null;
        try {
            quote = reference == null ? null : api.quotes().quote(reference);
        } catch (ApiException notFound) {
            quote = null;
            message("There is no quote " + reference + " of yours.");
        }
    }

    /** issue, accept, decline or withdraw; a refusal (409) is said at the top and nothing has changed. */
    public void act(String action) {
        try {
            quote = api.quotes().act(reference, action);
            document = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Quote " + reference + " is now " + quote.status().toLowerCase(Locale.ROOT) + ".", null));
        } catch (ApiException refused) {
            message(refused.error().describe());
            load();
        }
    }

    /** Sends the document to the client; what became of it is said at the top and listed under the document. */
    public void send() {
        try {
            MessageView message = api.quotes().send(reference);
            String said = switch (message.status()) {
                case "SENT" -> "Sent to " + message.to() + ".";
                case "OUTBOX" -> "No mail server is set up: the message to " + message.to() + " is in the outbox.";
                default -> "Not sent to " + message.to() + ": " + message.reason() + ". The message is kept in the outbox.";
            };
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage("SENT".equals(message.status())
                    ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, said, null));
        } catch (ApiException refused) {
            message(refused.error().describe());
        }
        load();
    }

    /** The document as the client will see it. */
    public ClientDocument getDocument() {
        if (document == null && quote != null) {
            document = api.quotes().document(reference);
        }
        return document;
    }

    public boolean isSendable() {
        return quote != null && ("ISSUED".equals(quote.status()) || "ACCEPTED".equals(quote.status()));
    }

    public void requote() throws IOException {
        try {
            JobView job = api.client().submit(quote.request());
            for (int step = 0; step < REQUOTE_WAIT_STEPS && job.running(); step++) {
                job = api.client().awaitEnd(job.id(), WAIT_MILLIS);
            }
            if (!job.finished()) {
                message("The new optimisation has not finished yet (" + job.status() + "); requote again in a moment.");
                return;
            }
            QuoteView revision = api.quotes().requote(reference, new RequoteBody(job.id()));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/quote-record.xhtml?reference=" + revision.reference());
        } catch (ApiException refused) {
            message(refused.error().describe());
        }
    }

    public ResultView getResultView() {
        return quote == null ? null : new ResultView(quote.result(), quote.request().options() == null ? null
                : quote.request().options().promoterDiscount());
    }

    public boolean allows(String action) {
        return quote != null && quote.actions().contains(action);
    }

    public List<String> getActions() {
        return quote == null ? List.of() : quote.actions();
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getReference() { return reference; }
    public void setReference(String value) { this.reference = value; }
    public QuoteView getQuote() { return quote; }
}
