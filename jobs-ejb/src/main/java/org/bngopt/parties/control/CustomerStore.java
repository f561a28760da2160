package org.bngopt.parties.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.infrastructure.validation.ConflictException;
import org.bngopt.parties.entity.Customer;
import org.bngopt.parties.entity.CustomerDetails;
import org.bngopt.quotes.CustomerKeys;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The customers table. Two customers with the same e-mail or phone key cannot both exist: the unique
 * indexes decide, so that concurrent saves cannot create a pair, and the one already there is offered.
 */
@ApplicationScoped
public class CustomerStore {
    private static final String COLUMNS = "c.customer_id, c.name, c.company, c.email, c.phone, c.address, c.created_by,"
            + " c.created_at, (select count(*) from quotes q where q.customer_id = c.customer_id)";

    @Inject
    Jdbc jdbc;

    /** Inserts the customer in the caller's transaction, or refuses with the customer who is the same. */
    public long insert(Connection connection, CustomerDetails details, String by) throws SQLException {
        String emailKey = CustomerKeys.email(details.email()).orElse(null);
        String phoneKey = CustomerKeys.phone(details.phone()).orElse(null);
        Optional<Long> id = Jdbc.one(connection, "insert into customers (name, company, email, phone, address, email_key,"
                        + " phone_key, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning customer_id",
                row -> row.getLong(1), details.name(), details.company(), details.email(), details.phone(), details.address(),
                emailKey, phoneKey, by);
        if (id.isPresent()) {
            return id.get();
        }
        throw duplicate(Jdbc.list(connection, "select " + COLUMNS + " from customers c where c.email_key = ? or c.phone_key = ?",
                CustomerStore::customer, emailKey, phoneKey));
    }

    /** Changes a customer's details in the caller's transaction; false when there is no such customer. */
    public boolean update(Connection connection, long id, CustomerDetails details) throws SQLException {
        String emailKey = CustomerKeys.email(details.email()).orElse(null);
        String phoneKey = CustomerKeys.phone(details.phone()).orElse(null);
        List<Customer> others = Jdbc.list(connection, "select " + COLUMNS + " from customers c where c.customer_id <> ?"
                + " and (c.email_key = ? or c.phone_key = ?) for update", CustomerStore::customer, id, emailKey, phoneKey);
        if (!others.isEmpty()) {
            throw duplicate(others);
        }
        return Jdbc.update(connection, "update customers set name = ?, company = ?, email = ?, phone = ?, address = ?,"
                        + " email_key = ?, phone_key = ? where customer_id = ?", details.name(), details.company(), details.email(),
                details.phone(), details.address(), emailKey, phoneKey, id) == 1;
    }

    public Optional<Customer> find(long id) {
        return jdbc.one("select " + COLUMNS + " from customers c where c.customer_id = ?", CustomerStore::customer, id);
    }

    /** The customers who would be the same as one with these details (quotes.md Q1). */
    public List<Customer> sameAs(String email, String phone) {
        return jdbc.list("select " + COLUMNS + " from customers c where c.email_key = ? or c.phone_key = ? order by c.customer_id",
                CustomerStore::customer, CustomerKeys.email(email).orElse(null), CustomerKeys.phone(phone).orElse(null));
    }

    /** Customers whose name, company or e-mail contains the text, by name; every customer when it is blank. */
    public List<Customer> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.list("select " + COLUMNS + " from customers c where lower(c.name) like ? or lower(coalesce(c.company, ''))"
                + " like ? or coalesce(c.email_key, '') like ? order by lower(c.name), c.customer_id limit ?", CustomerStore::customer,
                like, like, like, limit);
    }

    private static ConflictException duplicate(List<Customer> same) {
        Customer existing = same.get(0);
        return new ConflictException("DUPLICATE_CUSTOMER", "the same e-mail or phone as customer " + existing.id() + " ("
                + existing.name() + (existing.company() == null ? "" : ", " + existing.company()) + "): use customerId "
                + existing.id() + " instead of creating a duplicate");
    }

    static Customer customer(ResultSet row) throws SQLException {
        return new Customer(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getObject(8, OffsetDateTime.class), row.getInt(9));
    }
}
