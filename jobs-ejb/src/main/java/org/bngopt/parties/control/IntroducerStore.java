package org.bngopt.parties.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.parties.entity.Introducer;
import org.bngopt.parties.entity.IntroducerDetails;
import org.bngopt.quote.DiscountType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The introducers table; names are unique whatever their case. */
@ApplicationScoped
public class IntroducerStore {
    private static final String COLUMNS = "introducer_id, name, discount_type, discount_value, email, active";

    @Inject
    Jdbc jdbc;

    public Introducer create(IntroducerDetails details) {
        return jdbc.one("insert into introducers (name, discount_type, discount_value, email, active) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing returning " + COLUMNS, IntroducerStore::introducer, details.name(),
                details.discountType().name(), details.discountValue(), details.email(), details.active())
                .orElseThrow(() -> taken(details.name()));
    }

    public Optional<Introducer> update(long id, IntroducerDetails details) {
        if (jdbc.one("select 1 from introducers where lower(name) = lower(?) and introducer_id <> ?", row -> 1, details.name(), id)
                .isPresent()) {
            throw taken(details.name());
        }
        return jdbc.one("update introducers set name = ?, discount_type = ?, discount_value = ?, email = ?, active = ?"
                        + " where introducer_id = ? returning " + COLUMNS, IntroducerStore::introducer, details.name(),
                details.discountType().name(), details.discountValue(), details.email(), details.active(), id);
    }

    public Optional<Introducer> find(long id) {
        return jdbc.one("select " + COLUMNS + " from introducers where introducer_id = ?", IntroducerStore::introducer, id);
    }

    public List<Introducer> all() {
        return jdbc.list("select " + COLUMNS + " from introducers order by lower(name)", IntroducerStore::introducer);
    }

    private static ConflictException taken(String name) {
        return new ConflictException("DUPLICATE_INTRODUCER", "there is already an introducer called " + name);
    }

    private static Introducer introducer(ResultSet row) throws SQLException {
        return new Introducer(row.getLong(1), row.getString(2), DiscountType.valueOf(row.getString(3)), row.getBigDecimal(4),
                row.getString(5), row.getBoolean(6));
    }
}
