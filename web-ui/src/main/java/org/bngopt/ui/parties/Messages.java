package org.bngopt.ui.parties;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.bngopt.contract.ApiError;
import org.bngopt.quote.FieldError;

/** An API refusal on a parties form: each field's problem next to its input ({@code form:field}), the rest on top. */
final class Messages {
    private Messages() {
    }

    static void show(String form, ApiError error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (error.errors() == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(), null));
            return;
        }
        for (FieldError problem : error.errors()) {
            String field = problem.field().isEmpty() ? null : form + ":" + problem.field();
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
    }

    static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
