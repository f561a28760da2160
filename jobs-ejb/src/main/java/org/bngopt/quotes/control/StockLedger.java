package org.bngopt.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.quote.QuoteResult;
import org.bngopt.quotes.StockDraws;
import org.bngopt.quotes.StockDraws.Draw;
import org.bngopt.quotes.StockDraws.Parcel;
import org.bngopt.quotes.StockDraws.Pool;
import org.bngopt.reference.control.ReferenceRevisions;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The stock a quote holds or buys (quotes.md Q4), changed inside the caller's transaction. Each change
 * first locks the reference-data version row, so stock changes take their turns, then the stock rows it
 * touches; and it ends by taking a new reference-data version, so no result cached on the old stock is
 * served again.
 */
@ApplicationScoped
public class StockLedger {

    /** Issue: the result's units are added to {@code quoted}, pool by pool. Returns the new version. */
    public String hold(Connection connection, String reference, QuoteResult result) throws SQLException {
        String version = ReferenceRevisions.lockCurrent(connection);
        for (Map.Entry<Pool, BigDecimal> pool : StockDraws.byPool(result).entrySet()) {
            List<Parcel> rows = lockPool(connection, pool.getKey());
            if (rows.isEmpty()) {
                throw new ConflictException("STOCK_GONE", "bank " + describe(connection, pool.getKey())
                        + " has no stock rows any more; requote before issuing");
            }
            for (Draw draw : StockDraws.hold(pool.getValue(), rows)) {
                Jdbc.update(connection, "update stock set quoted = quoted + ? where stock_id = ?", draw.units(), draw.stockId());
                Jdbc.update(connection, "insert into quote_holds (reference, stock_id, units) values (?, ?, ?) on conflict"
                        + " (reference, stock_id) do update set units = quote_holds.units + excluded.units", reference,
                        draw.stockId(), draw.units());
            }
        }
        return newVersion(connection, version);
    }

    /** Decline, withdraw, expire: the held units leave {@code quoted} (never below 0). Returns the new version. */
    public String release(Connection connection, String reference) throws SQLException {
        String version = ReferenceRevisions.lockCurrent(connection);
        releaseHolds(connection, reference);
        return newVersion(connection, version);
    }

    /**
     * Accept: the hold is released and the units leave {@code available_excl_quotes}, from the rows in
     * ascending stock id. A pool without enough units refuses the whole acceptance, naming bank and habitat;
     * the caller's transaction then rolls back, so nothing has changed.
     */
    public String sell(Connection connection, String reference, QuoteResult result) throws SQLException {
        String version = ReferenceRevisions.lockCurrent(connection);
        releaseHolds(connection, reference);
        for (Map.Entry<Pool, BigDecimal> pool : StockDraws.byPool(result).entrySet()) {
            List<Parcel> rows = lockPool(connection, pool.getKey());
            List<Draw> draws = StockDraws.sale(pool.getValue(), rows).orElseThrow(() -> shortOf(connection, pool, rows));
            for (Draw draw : draws) {
                Jdbc.update(connection, "update stock set available_excl_quotes = available_excl_quotes - ? where stock_id = ?",
                        draw.units(), draw.stockId());
            }
        }
        return newVersion(connection, version);
    }

    private static void releaseHolds(Connection connection, String reference) throws SQLException {
        List<Draw> held = Jdbc.list(connection, "select h.stock_id, h.units from quote_holds h join stock s on s.stock_id = h.stock_id"
                + " where h.reference = ? order by h.stock_id collate \"C\" for update of s", row -> new Draw(row.getString(1),
                row.getBigDecimal(2)), reference);
        for (Draw draw : held) {
            Jdbc.update(connection, "update stock set quoted = greatest(quoted - ?, 0) where stock_id = ?", draw.units(),
                    draw.stockId());
        }
        Jdbc.update(connection, "delete from quote_holds where reference = ?", reference);
    }

    private static List<Parcel> lockPool(Connection connection, Pool pool) throws SQLException {
        return Jdbc.list(connection, "select stock_id, available_excl_quotes, quoted from stock where bank_id = ? and habitat_name = ?"
                        + " order by stock_id collate \"C\" for update", row -> new Parcel(row.getString(1), row.getBigDecimal(2),
                        row.getBigDecimal(3)), pool.bankId(), pool.habitat());
    }

    private static ConflictException shortOf(Connection connection, Map.Entry<Pool, BigDecimal> pool, List<Parcel> rows) {
        BigDecimal available = rows.stream().map(Parcel::available).reduce(BigDecimal.ZERO, BigDecimal::add);
        try {
            return new ConflictException("INSUFFICIENT_STOCK", "bank " + describe(connection, pool.getKey()) + " has "
                    + available.stripTrailingZeros().toPlainString() + " units left; this quote needs "
                    + pool.getValue().stripTrailingZeros().toPlainString());
        } catch (SQLException e) {
            throw new org.bngopt.infrastructure.database.DataAccessException(e);
        }
    }

    /** "WC1P01 (Test Valley Meadows Bank), habitat Grassland - Modified grassland". */
    private static String describe(Connection connection, Pool pool) throws SQLException {
        String name = Jdbc.one(connection, "select bank_name from banks where bank_id = ?", row -> row.getString(1), pool.bankId())
                .orElse("no longer listed");
        return pool.bankId() + " (" + name + "), habitat " + pool.habitat() + ",";
    }

    private static String newVersion(Connection connection, String version) throws SQLException {
        String next = ReferenceRevisions.next(connection, version);
        ReferenceRevisions.set(connection, next);
        return next;
    }
}
