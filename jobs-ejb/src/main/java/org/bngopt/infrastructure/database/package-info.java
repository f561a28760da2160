/**
 * The Postgres data source and the Flyway schema migration that runs, and retries, at start-up.
 */
package org.bngopt.infrastructure.database;
