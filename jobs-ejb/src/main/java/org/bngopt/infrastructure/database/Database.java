package org.bngopt.infrastructure.database;

import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's Postgres pool ({@code java:app/jdbc/bngopt}, defined in web-ui). It is looked up
 * on first use rather than injected, because Payara binds application-scoped data sources after CDI
 * has created the start-up beans.
 */
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/bngopt";

    private volatile DataSource dataSource;

    public DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            try {
                found = InitialContext.doLookup(JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("data source " + JNDI_NAME + " is not bound: " + e.getMessage(), e);
            }
            dataSource = found;
        }
        return found;
    }
}
