package org.bngopt.ui.parties;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.bngopt.contract.ApiError;
import org.bngopt.ui.FieldProblems;

/** An API refusal on a parties form: each field's problem next to its input ({@code form:field}), the rest on top. */
final class Messages {
    private Messages() {
    }

    static void show(String form, ApiError error) {
        FieldProblems.show(error, field -> field.isEmpty() ? null : form + ":" + field, null);
    }

    static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
