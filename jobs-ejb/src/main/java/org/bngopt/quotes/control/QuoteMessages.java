package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.quotes.entity.QuoteMessage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The quote_messages table: every e-mail composed for a quote, with the message itself. */
@ApplicationScoped
public class QuoteMessages {
    private static final String COLUMNS = "message_id, reference, created_at, created_by, recipient, subject, status, reason";
    private static final int OUTBOX_SIZE = 200;

    @Inject
    Jdbc jdbc;

    public QuoteMessage record(String reference, String by, String recipient, String subject, byte[] eml, String status,
                               String reason) {
        return jdbc.one("insert into quote_messages (reference, created_by, recipient, subject, eml, status, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS, QuoteMessages::message, reference, by, recipient,
                subject, eml, status, reason).orElseThrow();
    }

    public List<QuoteMessage> of(String reference) {
        return jdbc.list("select " + COLUMNS + " from quote_messages where reference = ? order by message_id", QuoteMessages::message,
                reference);
    }

    /** What did not go out: messages waiting in the outbox and those the server refused, newest first. */
    public List<QuoteMessage> outbox() {
        return jdbc.list("select " + COLUMNS + " from quote_messages where status <> 'SENT' order by message_id desc limit ?",
                QuoteMessages::message, OUTBOX_SIZE);
    }

    public Optional<byte[]> eml(long id) {
        return jdbc.one("select eml from quote_messages where message_id = ?", row -> row.getBytes(1), id);
    }

    private static QuoteMessage message(ResultSet row) throws SQLException {
        return new QuoteMessage(row.getLong(1), row.getString(2), row.getObject(3, OffsetDateTime.class), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8));
    }
}
