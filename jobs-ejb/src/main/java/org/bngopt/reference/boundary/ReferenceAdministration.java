package org.bngopt.reference.boundary;

import org.bngopt.reference.control.SnapshotCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.infrastructure.database.DataAccessException;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.validation.InvalidFieldException;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.ReferenceDataException;
import org.bngopt.reference.ReferenceDiff;
import org.bngopt.reference.ReferenceIntegrity;
import org.bngopt.reference.ReferenceProblem;
import org.bngopt.reference.control.ReferenceDataWriter;
import org.bngopt.reference.control.ReferenceRevisions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Changing the reference data, for admins: replacing the whole set from an import, after a preview
 * of what it changes, and editing one stock quantity or price. Each change happens in one
 * transaction, takes a new version (so no result cached under the old one is served again), is
 * audited, and is picked up by this instance at once and by the others within their refresh period.
 */
@ApplicationScoped
public class ReferenceAdministration {

    /** What an import would change, table by table. */
    public record Preview(String incomingVersion, List<ReferenceDiff.TableChange> changes) {
    }

    @Inject
    Jdbc jdbc;

    @Inject
    SnapshotCache snapshots;

    @Inject
    AuditLog audit;

    /** @throws ReferenceDataException listing every row that names something undefined or is negative */
    public Preview preview(ReferenceData incoming) {
        requireWhole(incoming);
        return new Preview(incoming.version(), ReferenceDiff.between(snapshots.refresh(), incoming));
    }

    /** Replaces the whole set; returns the new version. */
    public String replace(ReferenceData incoming, String by) {
        Preview preview = preview(incoming);
        String version;
        try {
            version = jdbc.inTransaction(connection -> {
                ReferenceRevisions.lockCurrent(connection);
                String next = ReferenceRevisions.next(connection, incoming.version());
                ReferenceDataWriter.replace(connection, incoming.withVersion(next));
                return next;
            });
        } catch (DataAccessException e) {
            // A value the checks above let through but a column refuses: the transaction rolled back.
            if (e.refusedData()) {
                throw new ReferenceDataException("reference data", "refused by the database: " + e.getMessage());
            }
            throw e;
        }
        audit.record(by, "reference data imported", version + " (" + preview.changes().stream()
                .filter(ReferenceDiff.TableChange::any)
                .map(change -> change.table() + " +" + change.added() + " -" + change.removed() + " ~" + change.changed())
                .collect(Collectors.joining(", ")) + ")");
        snapshots.refresh();
        return version;
    }

    /** Sets one stock parcel's quantities; empty when there is no such parcel. */
    public Optional<String> setStock(String stockId, BigDecimal availableExclQuotes, BigDecimal quoted, String by) {
        requireNotNegative("availableExclQuotes", availableExclQuotes);
        requireNotNegative("quoted", quoted);
        return edit(by, "stock edited", stockId + ": available_excl_quotes " + availableExclQuotes.toPlainString()
                        + ", quoted " + quoted.toPlainString(),
                "update stock set available_excl_quotes = ?, quoted = ? where stock_id = ?",
                availableExclQuotes, quoted, stockId);
    }

    /** Sets the price of every row with this key (R4.2 allows several); empty when there is none. */
    public Optional<String> setPrice(String bankId, String habitatName, String contractSize, String tier, BigDecimal price,
                                     String by) {
        requireNotNegative("price", price);
        return edit(by, "price edited", String.join(" / ", bankId, habitatName, contractSize, tier) + ": "
                        + price.toPlainString(),
                "update prices set price = ? where bank_id = ? and habitat_name = ? and contract_size = ? and tier = ?",
                price, bankId, habitatName, contractSize, tier);
    }

    private Optional<String> edit(String by, String action, String detail, String update, Object... values) {
        Optional<String> version = jdbc.inTransaction(connection -> {
            String current = ReferenceRevisions.lockCurrent(connection);
            try (var statement = Jdbc.prepare(connection, update, values)) {
                if (statement.executeUpdate() == 0) {
                    return Optional.<String>empty();
                }
            }
            String next = ReferenceRevisions.next(connection, current);
            ReferenceRevisions.set(connection, next);
            return Optional.of(next);
        });
        version.ifPresent(next -> {
            audit.record(by, action, detail + " (" + next + ")");
            snapshots.refresh();
        });
        return version;
    }

    private static void requireWhole(ReferenceData incoming) {
        List<ReferenceProblem> problems = ReferenceIntegrity.problems(incoming);
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
    }

    private static void requireNotNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
    }
}
