package org.bngopt.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.bngopt.infrastructure.database.DatabaseNotReadyException;
import org.bngopt.infrastructure.database.PersistenceUnit;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.boundary.ReferenceDataUnavailableException;
import org.bngopt.reference.entity.BankRow;
import org.bngopt.reference.entity.ContractSizeRow;
import org.bngopt.reference.entity.DistinctivenessRow;
import org.bngopt.reference.entity.HabitatRow;
import org.bngopt.reference.entity.LpaAdjacencyRow;
import org.bngopt.reference.entity.NcaAdjacencyRow;
import org.bngopt.reference.entity.PriceRow;
import org.bngopt.reference.entity.ReferenceVersionRow;
import org.bngopt.reference.entity.SpatialRiskMultiplierRow;
import org.bngopt.reference.entity.StockRow;
import org.bngopt.reference.entity.TradingRuleRow;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Read-only access to the reference data as immutable snapshots. A snapshot is built from the tables
 * once per reference-data version and then shared. {@link #current()} answers from memory once a
 * snapshot is loaded, so Postgres stays off the request path; {@link #refresh()}, run every few
 * seconds in the background, picks up a new version with one small query.
 */
@ApplicationScoped
public class SnapshotCache {
    private static final Logger LOG = Logger.getLogger(SnapshotCache.class.getName());

    @Inject
    PersistenceUnit persistenceUnit;

    private volatile ReferenceData cached;

    public ReferenceData current() {
        ReferenceData snapshot = cached;
        return snapshot != null ? snapshot : refresh();
    }

    /** Reads the version and reloads the tables when it changed. */
    public ReferenceData refresh() {
        try (EntityManager em = persistenceUnit.createEntityManager()) {
            String version = currentVersion(em);
            ReferenceData snapshot = cached;
            if (snapshot != null && snapshot.version().equals(version)) {
                return snapshot;
            }
            return rebuild(em, version);
        } catch (DatabaseNotReadyException e) {
            throw new ReferenceDataUnavailableException(e.getMessage(), e);
        } catch (PersistenceException e) {
            throw new ReferenceDataUnavailableException("the reference tables cannot be read", e);
        }
    }

    private synchronized ReferenceData rebuild(EntityManager em, String version) {
        ReferenceData snapshot = cached;
        if (snapshot == null || !snapshot.version().equals(version)) {
            snapshot = load(em, version);
            cached = snapshot;
            ReferenceData loaded = snapshot;
            LOG.info(() -> "Reference data " + version + " loaded: " + loaded.banks().size() + " banks, "
                    + loaded.stock().size() + " stock rows, " + loaded.prices().size() + " prices");
        }
        return snapshot;
    }

    private static String currentVersion(EntityManager em) {
        List<String> versions = em.createNamedQuery(ReferenceVersionRow.CURRENT, String.class).getResultList();
        if (versions.isEmpty()) {
            throw new ReferenceDataUnavailableException("no reference data has been loaded");
        }
        return versions.get(0);
    }

    private static ReferenceData load(EntityManager em, String version) {
        return new ReferenceData(version,
                all(em, BankRow.class, "id", BankRow::toSnapshot),
                all(em, HabitatRow.class, "name", HabitatRow::toSnapshot),
                all(em, DistinctivenessRow.class, "distinctiveness", DistinctivenessRow::toSnapshot),
                all(em, StockRow.class, "id", StockRow::toSnapshot),
                all(em, PriceRow.class, "id", PriceRow::toSnapshot),
                all(em, SpatialRiskMultiplierRow.class, "rank", SpatialRiskMultiplierRow::toSnapshot),
                all(em, ContractSizeRow.class, "rank", ContractSizeRow::toSnapshot),
                all(em, TradingRuleRow.class, "id", TradingRuleRow::toSnapshot),
                all(em, LpaAdjacencyRow.class, "id", LpaAdjacencyRow::toSnapshot),
                all(em, NcaAdjacencyRow.class, "id", NcaAdjacencyRow::toSnapshot));
    }

    private static <E, T> List<T> all(EntityManager em, Class<E> entity, String orderBy, Function<E, T> toSnapshot) {
        String query = "select e from " + entity.getSimpleName() + " e order by e." + orderBy;
        return em.createQuery(query, entity).getResultStream().map(toSnapshot).toList();
    }
}
