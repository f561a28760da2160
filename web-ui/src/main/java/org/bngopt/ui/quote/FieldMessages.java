package org.bngopt.ui.quote;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.bngopt.contract.ApiError;
import org.bngopt.quote.FieldError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shows the API's field errors (rules.md §13) next to the form's inputs that hold those fields. */
final class FieldMessages {
    private static final Pattern LINE_FIELD = Pattern.compile("demand\\[(\\d+)]\\.(habitat|units)");

    private FieldMessages() {
    }

    static void show(ApiError error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError problem : error.errors()) {
            faces.addMessage(clientId(problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message()));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Please correct the fields marked below.", error.errors().size() + " problem(s) in the request"));
    }

    /** The input of a request field, e.g. {@code demand[2].units} → {@code quote:demand:2:units}; null when none. */
    static String clientId(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches()) {
            return "quote:demand:" + line.group(1) + ":" + line.group(2);
        }
        if (field.startsWith("site.")) {
            return "quote:" + field.substring(5);
        }
        return field.startsWith("options.") ? "quote:" + field.substring(8).replace('.', '_') : null;
    }
}
