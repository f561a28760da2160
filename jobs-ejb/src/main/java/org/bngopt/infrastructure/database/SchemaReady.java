package org.bngopt.infrastructure.database;

/** Fired once per start, when the schema is up to date and the tables can be used. */
public record SchemaReady() {
}
