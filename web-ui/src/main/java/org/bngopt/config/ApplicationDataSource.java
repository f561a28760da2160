package org.bngopt.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one Postgres pool, configured from {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD}. The pool starts empty, so a database that is down at boot does not stop the
 * deployment; SchemaMigration retries until the database is reachable. Connections are validated
 * before use, and one failed validation replaces them all.
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
        properties = {"connectTimeout=3",
                // A connection the database (or the network) dropped is found and replaced before use, so
                // the pool recovers on its own after an outage instead of handing out closed connections.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class ApplicationDataSource {
}
