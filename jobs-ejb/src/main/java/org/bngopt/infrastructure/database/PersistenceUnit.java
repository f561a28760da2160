package org.bngopt.infrastructure.database;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.util.Map;

/**
 * The JPA persistence unit {@code bngopt}, started on first use after the schema is migrated. The
 * container does not manage it because Payara logs in to the database while deploying a managed unit,
 * which would turn a database outage at boot into a failed deployment.
 */
@ApplicationScoped
public class PersistenceUnit {
    private static final String DESCRIPTOR = "META-INF/bngopt-persistence.xml";

    @Inject
    Database database;

    @Inject
    SchemaMigration schema;

    private EntityManagerFactory factory;

    /** A new entity manager; the caller closes it. Fails while the database is not ready. */
    public EntityManager createEntityManager() {
        return factory().createEntityManager();
    }

    private synchronized EntityManagerFactory factory() {
        if (!schema.isComplete()) {
            throw new DatabaseNotReadyException();
        }
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("bngopt", Map.of(
                    "eclipselink.persistencexml", DESCRIPTOR,
                    "jakarta.persistence.nonJtaDataSource", database.dataSource()));
        }
        return factory;
    }

    @PreDestroy
    synchronized void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
