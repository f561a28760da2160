package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An e-mail composed for a quote: SENT, in the OUTBOX (no mail server configured) or FAILED with the server's reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(long id, String reference, String at, String by, String to, String subject, String status, String reason) {
}
