package org.bngopt.api.quotes;

import org.bngopt.api.parties.PartyBodies;
import org.bngopt.api.JsonBody;
import org.bngopt.json.JsonFields;
import org.bngopt.parties.entity.CustomerDetails;
import org.bngopt.quotes.ManualLine;
import org.bngopt.quotes.ManualLines;
import org.bngopt.quotes.entity.QuoteDraft;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reading the bodies of {@code POST /api/quotes} and {@code PATCH /api/quotes/{reference}}: every problem
 * is collected and the 400 names each field.
 */
final class QuoteBodies {
    private static final int MAX_NOTES = 2000;
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");

    private QuoteBodies() {
    }

    /** A new quote: a job, one customer (by id or new), and the rest optional. */
    static QuoteDraft newQuote(String body) {
        return draft(body, true);
    }

    /** A change of a draft: only the parts given; {@code introducerId: null} removes the introducer. */
    static QuoteDraft change(String body) {
        return draft(body, false);
    }

    /** The job of a requote. */
    static UUID requoteJob(String body) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        UUID jobId = fields.jobId("jobId", true);
        fields.check();
        return jobId;
    }

    private static QuoteDraft draft(String body, boolean isNew) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        UUID jobId = fields.jobId("jobId", isNew);
        Long customerId = fields.id("customerId", false);
        CustomerDetails customer = null;
        JsonFields customerFields = fields.object("customer");
        if (customerFields.present()) {
            customer = PartyBodies.customer(customerFields);
            if (fields.has("customerId")) {
                fields.problem("customer", "give customerId or customer, not both");
            }
        } else if (isNew && !fields.has("customerId")) {
            fields.problem("customerId", "is required, or a new customer");
        }
        JsonFields site = fields.object("site");
        String location = site.text("location", false, PartyBodies.MAX_LOCATION);
        String postcode = postcode(site);
        Long introducerId = fields.id("introducerId", false);
        String notes = fields.text("notes", false, MAX_NOTES);
        List<ManualLine> lines = fields.has("manualLines") ? ManualLines.read(fields, "manualLines") : null;
        fields.check();
        return new QuoteDraft(jobId, customerId, customer, location, postcode, introducerId,
                fields.explicitNull("introducerId"), notes, lines);
    }

    /** A UK postcode, upper case with one space before the inward code. */
    private static String postcode(JsonFields site) {
        String text = site.text("postcode", false, 10);
        if (text == null) {
            return null;
        }
        var match = POSTCODE.matcher(text.toUpperCase(Locale.ROOT));
        if (!match.matches()) {
            site.problem("postcode", "must be a UK postcode, like SO23 9LJ");
            return null;
        }
        return match.group(1) + " " + match.group(2);
    }
}
