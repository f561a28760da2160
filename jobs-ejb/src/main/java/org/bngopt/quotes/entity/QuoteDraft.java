package org.bngopt.quotes.entity;

import org.bngopt.parties.entity.CustomerDetails;
import org.bngopt.quotes.ManualLine;

import java.util.List;
import java.util.UUID;

/**
 * What a person gives to save a quote, or to change a draft: the job whose result it is, the customer (an
 * existing one by id, or a new one), the site, an introducer, notes and manual lines. In a change, a null
 * part is left as it is; {@code manualLines} null on a new quote means "the offered lines".
 */
public record QuoteDraft(UUID jobId, Long customerId, CustomerDetails newCustomer, String siteLocation, String sitePostcode,
                         Long introducerId, boolean clearIntroducer, String notes, List<ManualLine> manualLines) {
}
