package org.bngopt.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What the document says besides the quote's rows: brand, reference, dates (a draft has no issue day and
 * shows the day it is drawn instead), client, site, introducer, reference-data version and the next
 * steps; {@code largeOrderSteps} are added for a total of £10,000 or more.
 */
public record DocumentFacts(ClientDocument.Brand brand, String reference, LocalDate issuedOn, LocalDate validUntil,
                            ClientDocument.Client client, ClientDocument.Site site, String introducer,
                            String referenceDataVersion, List<String> nextSteps, List<String> largeOrderSteps) {
}
