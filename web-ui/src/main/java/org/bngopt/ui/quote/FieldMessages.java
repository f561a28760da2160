package org.bngopt.ui.quote;

import org.bngopt.contract.ApiError;
import org.bngopt.ui.FieldProblems;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shows the API's field errors (rules.md §13) next to the form's inputs that hold those fields. */
final class FieldMessages {
    private static final Pattern LINE_FIELD = Pattern.compile("demand\\[(\\d+)]\\.(habitat|units)");

    private FieldMessages() {
    }

    static void show(ApiError error) {
        FieldProblems.show(error, FieldMessages::clientId, "Please correct the fields marked below.");
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
