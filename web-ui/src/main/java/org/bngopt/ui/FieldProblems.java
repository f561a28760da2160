package org.bngopt.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.bngopt.contract.ApiError;
import org.bngopt.quote.FieldError;

import java.util.function.Function;

/**
 * An API refusal on a page: each field's problem once, next to the input that holds the field; a problem
 * without an input, or a refusal that names no field, at the top of the page.
 */
public final class FieldProblems {
    private FieldProblems() {
    }

    /**
     * @param inputOf the client id of the input of an API field, or null when the page has none
     * @param summary said at the top when fields were named; null for nothing
     */
    public static void show(ApiError error, Function<String, String> inputOf, String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (error.errors() == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(), null));
            return;
        }
        for (FieldError problem : error.errors()) {
            String input = inputOf.apply(problem.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    input == null ? problem.field() + ": " + problem.message() : problem.message(), null));
        }
        if (summary != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        }
    }
}
