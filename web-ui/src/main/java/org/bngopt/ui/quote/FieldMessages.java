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
            String input = clientId(problem.field());
            // Each problem once, next to its input; one without an input of its own goes at the top.
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    input == null ? problem.field() + ": " + problem.message() : problem.message(), null));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Please correct the fields marked below.", null));
    }

    /** The input of a request field, e.g. {@code demand[2].units} → {@code quote:demand:2:units}; null when none. */
    static String clientId(String field) {
        if (field.equals("demand")) {
            return "quote:demand";
        }
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
