package org.bngopt.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.entity.AuditEntry;
import org.bngopt.infrastructure.database.BackgroundBatches;
import org.bngopt.infrastructure.database.Jdbc;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit log: sign-ins, failed sign-ins, token use and every change of users, tokens and reference
 * data. Entries are written in the background, so auditing never slows an answer and an outage of
 * Postgres delays entries rather than losing them.
 */
@ApplicationScoped
public class AuditLog {
    private static final int MAX_DETAIL = 500;

    @Inject
    Jdbc jdbc;

    @Resource
    ManagedExecutorService executor;

    private BackgroundBatches<AuditEntry> batches;

    @PostConstruct
    void create() {
        batches = new BackgroundBatches<>("audit entries", this::write);
    }

    public void record(String actor, String action, String detail) {
        String shortDetail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
        batches.add(new AuditEntry(OffsetDateTime.now(), actor, action, shortDetail), executor);
    }

    public List<AuditEntry> latest(int limit) {
        return jdbc.list("select at, actor, action, detail from audit_log order by at desc, audit_id desc limit ?",
                row -> new AuditEntry(row.getObject(1, OffsetDateTime.class), row.getString(2), row.getString(3),
                        row.getString(4)), limit);
    }

    private void write(List<AuditEntry> entries) {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_log (at, actor, action, detail) values (?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                    insert.setObject(1, entry.at());
                    insert.setString(2, entry.actor());
                    insert.setString(3, entry.action());
                    insert.setString(4, entry.detail());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @PreDestroy
    void flush() {
        batches.flush();
    }
}
