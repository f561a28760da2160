package org.bngopt.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one Postgres pool, configured from {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD}. The pool starts empty, so a database that is down at boot does not stop the
 * deployment; SchemaMigration retries until the database is reachable.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/bngopt",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=DB_URL:jdbc:postgresql://127.0.0.1:5432/bngopt}",
        user = "${ENV=DB_USER:postgres}",
        password = "${ENV=DB_PASSWORD:}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {"connectTimeout=3"})
@ApplicationScoped
public class ApplicationDataSource {
}
