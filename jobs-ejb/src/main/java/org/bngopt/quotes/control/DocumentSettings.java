package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.document.ClientDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The brand and wording of the client document (quotes.md Q6). The next steps are paragraphs separated by
 * a line with only {@code |}; the defaults are our own wording.
 */
@ApplicationScoped
public class DocumentSettings {
    static final String DEFAULT_NEXT_STEPS = "Biodiversity Net Gain is a pre-commencement planning condition: the units must be"
            + " secured before work on the site begins.|The prices in this quote hold until the valid-until date above.|"
            + "Units are reserved for you only when the allocation agreement is signed; until then they may be sold to others.";
    static final String DEFAULT_LARGE_ORDER_STEPS = "There are two ways to buy: pay in full for immediate allocation of the"
            + " units, or pay a reservation fee that holds the units for up to 6 months and draw them down when you need them.";

    @Inject
    @ConfigProperty(name = "BRAND_NAME", defaultValue = "Meadowbank Biodiversity Brokers")
    String name;

    @Inject
    @ConfigProperty(name = "BRAND_ADDRESS", defaultValue = "1 Example Street, Winchester SO23 9AA")
    String address;

    @Inject
    @ConfigProperty(name = "BRAND_EMAIL", defaultValue = "quotes@example.com")
    String email;

    @Inject
    @ConfigProperty(name = "DOCUMENT_NEXT_STEPS", defaultValue = DEFAULT_NEXT_STEPS)
    String nextSteps;

    @Inject
    @ConfigProperty(name = "DOCUMENT_LARGE_ORDER_STEPS", defaultValue = DEFAULT_LARGE_ORDER_STEPS)
    String largeOrderSteps;

    public ClientDocument.Brand brand() {
        return new ClientDocument.Brand(name, address, email);
    }

    public List<String> nextSteps() {
        return paragraphs(nextSteps);
    }

    /** Said only for a total of £10,000 or more. */
    public List<String> largeOrderSteps() {
        return paragraphs(largeOrderSteps);
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\|")).map(String::trim).filter(paragraph -> !paragraph.isEmpty()).toList();
    }
}
