package org.bngopt.ui.quotes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The save form's input for each field the quotes API names in a 400; null when it has none. */
final class SaveFields {
    private static final Pattern MANUAL = Pattern.compile("manualLines\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("customerId", "customerId"), Map.entry("customer", "customerName"),
            Map.entry("customer.name", "customerName"), Map.entry("customer.company", "customerCompany"),
            Map.entry("customer.email", "customerEmail"), Map.entry("customer.phone", "customerPhone"),
            Map.entry("customer.address", "customerAddress"), Map.entry("site.location", "location"),
            Map.entry("site.postcode", "postcode"), Map.entry("introducerId", "introducer"), Map.entry("notes", "notes"));

    private SaveFields() {
    }

    static String clientId(String field) {
        Matcher manual = MANUAL.matcher(field);
        if (manual.matches()) {
            return "save:manual:" + manual.group(1) + ":" + manual.group(2);
        }
        String input = INPUTS.get(field);
        return input == null ? null : "save:" + input;
    }
}
