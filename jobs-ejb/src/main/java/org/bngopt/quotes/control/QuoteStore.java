package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.quotes.QuoteStatus;
import org.bngopt.quotes.entity.Quote;
import org.bngopt.quotes.entity.QuoteEvent;
import org.bngopt.quotes.entity.QuoteFilter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The quotes and quote_events tables. Writes take the caller's transaction; reads have their own. */
@ApplicationScoped
public class QuoteStore {
    /** One page of a search, newest first, and how many quotes match in all. */
    public record Page(List<Quote> quotes, long total) {
    }

    private static final String FROM = " from quotes q join customers c on c.customer_id = q.customer_id"
            + " left join introducers i on i.introducer_id = q.introducer_id";
    private static final String COLUMNS = "q.reference, q.base_reference, q.revision, q.status, q.customer_id, c.name,"
            + " c.company, q.introducer_id, i.name, q.site_location, q.site_postcode, q.notes, q.job_id, %s,"
            + " q.reference_version, q.solver_status, q.lpa, q.nca, q.manual_lines::text, q.result_total, q.manual_subtotal,"
            + " q.total, q.created_by, q.created_at, q.issued_at, q.valid_until, q.decided_at";
    private static final String WHOLE = "select " + COLUMNS.formatted("q.request::text, q.result::text") + FROM;
    /** Without the request and result, which a list does not show. */
    private static final String SUMMARY = "select " + COLUMNS.formatted("null, null") + FROM;

    @Inject
    Jdbc jdbc;

    public long nextNumber(Connection connection) throws SQLException {
        return Jdbc.one(connection, "select nextval('quote_number')", row -> row.getLong(1)).orElseThrow();
    }

    public void insert(Connection connection, Quote quote) throws SQLException {
        Jdbc.update(connection, "insert into quotes (reference, base_reference, revision, status, customer_id, introducer_id,"
                        + " site_location, site_postcode, notes, job_id, request, result, reference_version, solver_status, lpa,"
                        + " nca, manual_lines, result_total, manual_subtotal, total, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)", quote.reference(), quote.baseReference(),
                quote.revision(), quote.status().name(), quote.customerId(), quote.introducerId(), quote.siteLocation(),
                quote.sitePostcode(), quote.notes(), quote.jobId(), quote.requestJson(), quote.resultJson(),
                quote.referenceVersion(), quote.solverStatus(), quote.lpa(), quote.nca(), quote.manualLinesJson(),
                quote.resultTotal(), quote.manualSubtotal(), quote.total(), quote.createdBy());
    }

    /** The draft's editable parts and its result, as they now are. */
    public void updateDraft(Connection connection, Quote quote) throws SQLException {
        Jdbc.update(connection, "update quotes set customer_id = ?, introducer_id = ?, site_location = ?, site_postcode = ?,"
                        + " notes = ?, job_id = ?, request = ?::jsonb, result = ?::jsonb, reference_version = ?, solver_status = ?,"
                        + " lpa = ?, nca = ?, manual_lines = ?::jsonb, result_total = ?, manual_subtotal = ?, total = ?"
                        + " where reference = ? and status = 'DRAFT'", quote.customerId(), quote.introducerId(),
                quote.siteLocation(), quote.sitePostcode(), quote.notes(), quote.jobId(), quote.requestJson(),
                quote.resultJson(), quote.referenceVersion(), quote.solverStatus(), quote.lpa(), quote.nca(),
                quote.manualLinesJson(), quote.resultTotal(), quote.manualSubtotal(), quote.total(), quote.reference());
    }

    /** The quote, locked until the caller's transaction ends, so that its changes take their turns. */
    public Optional<Quote> lock(Connection connection, String reference) throws SQLException {
        return Jdbc.one(connection, WHOLE + " where q.reference = ? for update of q", QuoteStore::quote, reference);
    }

    /** The highest revision of a base so far (0 when none); the caller holds the base's lock. */
    public int highestRevision(Connection connection, String baseReference) throws SQLException {
        return Jdbc.one(connection, "select coalesce(max(revision), 0) from quotes where base_reference = ?",
                row -> row.getInt(1), baseReference).orElse(0);
    }

    public void issue(Connection connection, String reference, LocalDate validUntil) throws SQLException {
        Jdbc.update(connection, "update quotes set status = 'ISSUED', issued_at = now(), valid_until = ? where reference = ?",
                validUntil, reference);
    }

    public void decide(Connection connection, String reference, QuoteStatus status) throws SQLException {
        Jdbc.update(connection, "update quotes set status = ?, decided_at = now() where reference = ?", status.name(), reference);
    }

    public void event(Connection connection, String reference, String actor, QuoteStatus from, QuoteStatus to, String detail)
            throws SQLException {
        Jdbc.update(connection, "insert into quote_events (reference, actor, from_status, to_status, detail) values (?, ?, ?, ?, ?)",
                reference, actor, from == null ? null : from.name(), to.name(), detail);
    }

    /** Issued quotes past their validity, locked; any that another transaction holds are left for the next run. */
    public List<String> dueToExpire(Connection connection, LocalDate today) throws SQLException {
        return Jdbc.list(connection, "select reference from quotes where status = 'ISSUED' and valid_until < ?"
                + " order by reference for update skip locked", row -> row.getString(1), today);
    }

    public Optional<Quote> find(String reference) {
        return jdbc.one(WHOLE + " where q.reference = ?", QuoteStore::quote, reference);
    }

    public List<QuoteEvent> events(String reference) {
        return jdbc.list("select at, actor, from_status, to_status, detail from quote_events where reference = ? order by event_id",
                row -> new QuoteEvent(row.getObject(1, OffsetDateTime.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)), reference);
    }

    /** The base quote and all its revisions, in order. */
    public List<Quote> family(String baseReference) {
        return jdbc.list(SUMMARY + " where q.base_reference = ? order by q.revision", QuoteStore::quote, baseReference);
    }

    public Page search(QuoteFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> values = new ArrayList<>();
        if (filter.reference() != null) {
            where.append(" and q.reference like ?");
            values.add(escapeLike(filter.reference().toUpperCase(Locale.ROOT)) + "%");
        }
        if (filter.client() != null) {
            where.append(" and (lower(c.name) like ? or lower(coalesce(c.company, '')) like ?)");
            String like = "%" + escapeLike(filter.client().toLowerCase(Locale.ROOT)) + "%";
            values.add(like);
            values.add(like);
        }
        condition(where, values, " and q.status = ?", filter.status() == null ? null : filter.status().name());
        condition(where, values, " and lower(q.lpa) = lower(?)", filter.lpa());
        condition(where, values, " and lower(q.nca) = lower(?)", filter.nca());
        condition(where, values, " and q.created_at >= ?::date", filter.from());
        condition(where, values, " and q.created_at < ?::date + 1", filter.to());
        condition(where, values, " and q.customer_id = ?", filter.customerId());
        condition(where, values, " and q.created_by = ?", filter.createdBy());
        long total = jdbc.one("select count(*)" + FROM + where, row -> row.getLong(1), values.toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(values);
        paged.add(size);
        paged.add((long) page * size);
        List<Quote> quotes = jdbc.list(SUMMARY + where + " order by q.created_at desc, q.reference desc limit ? offset ?",
                QuoteStore::quote, paged.toArray());
        return new Page(quotes, total);
    }

    private static void condition(StringBuilder where, List<Object> values, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            values.add(value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Quote quote(ResultSet row) throws SQLException {
        return new Quote(row.getString(1), row.getString(2), row.getInt(3), QuoteStatus.valueOf(row.getString(4)),
                row.getLong(5), row.getString(6), row.getString(7), (Long) row.getObject(8), row.getString(9),
                row.getString(10), row.getString(11), row.getString(12), row.getObject(13, UUID.class), row.getString(14),
                row.getString(15), row.getString(16), row.getString(17), row.getString(18), row.getString(19),
                row.getString(20), row.getBigDecimal(21), row.getBigDecimal(22), row.getBigDecimal(23), row.getString(24),
                row.getObject(25, OffsetDateTime.class), row.getObject(26, OffsetDateTime.class),
                row.getObject(27, LocalDate.class), row.getObject(28, OffsetDateTime.class));
    }
}
