package org.bngopt.parties.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.accounts.control.AuditLog;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.parties.control.CustomerStore;
import org.bngopt.parties.entity.Customer;
import org.bngopt.parties.entity.CustomerDetails;

import java.util.List;
import java.util.Optional;

/** Customers, which quoters and admins manage; a duplicate by e-mail or phone is offered, not created. */
@ApplicationScoped
public class Customers {
    static final int MAX_LISTED = 200;

    @Inject
    CustomerStore store;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditLog audit;

    public Customer create(CustomerDetails details, String by) {
        long id = jdbc.inTransaction(connection -> store.insert(connection, details, by));
        audit.record(by, "customer created", id + " " + details.name());
        return store.find(id).orElseThrow();
    }

    public Optional<Customer> update(long id, CustomerDetails details, String by) {
        boolean changed = jdbc.inTransaction(connection -> store.update(connection, id, details));
        if (!changed) {
            return Optional.empty();
        }
        audit.record(by, "customer changed", id + " " + details.name());
        return store.find(id);
    }

    public Optional<Customer> find(long id) {
        return store.find(id);
    }

    public List<Customer> search(String text) {
        return store.search(text, MAX_LISTED);
    }

    /** The customers who are the same as one with this e-mail or phone. */
    public List<Customer> sameAs(String email, String phone) {
        return store.sameAs(email, phone);
    }
}
