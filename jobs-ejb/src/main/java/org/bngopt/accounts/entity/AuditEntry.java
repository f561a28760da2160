package org.bngopt.accounts.entity;

import java.time.OffsetDateTime;

/** One line of the audit log: who did what, and when. */
public record AuditEntry(OffsetDateTime at, String actor, String action, String detail) {
}
