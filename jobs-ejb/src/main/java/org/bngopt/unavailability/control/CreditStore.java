package org.bngopt.unavailability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;
import org.bngopt.unavailability.StatutoryCredits;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The statutory credits tables, read whole and replaced whole in one transaction under a new version. */
@ApplicationScoped
public class CreditStore {
    @Inject
    Jdbc jdbc;

    public StatutoryCredits current() {
        Map<String, BigDecimal> prices = new HashMap<>();
        jdbc.list("select tier, price from statutory_credit_prices", row -> prices.put(row.getString(1), row.getBigDecimal(2)));
        Map<String, String> tiers = new HashMap<>();
        jdbc.list("select habitat, tier from statutory_credit_habitats", row -> tiers.put(row.getString(1), row.getString(2)));
        String version = jdbc.one("select version from statutory_credit_version", row -> row.getString(1)).orElse(null);
        return new StatutoryCredits(version, prices, tiers);
    }

    /** Replaces the table; returns the new version ({@code credits-<n>}). */
    public String replace(StatutoryCredits table, String by) {
        return jdbc.inTransaction(connection -> {
            int next = Jdbc.one(connection, "select substring(version from 9)::int + 1 from statutory_credit_version for update",
                    row -> row.getInt(1)).orElse(1);
            Jdbc.update(connection, "delete from statutory_credit_habitats");
            Jdbc.update(connection, "delete from statutory_credit_prices");
            for (var price : table.pricePerTier().entrySet()) {
                Jdbc.update(connection, "insert into statutory_credit_prices (tier, price) values (?, ?)", price.getKey(), price.getValue());
            }
            for (var habitat : table.tierOfHabitat().entrySet()) {
                Jdbc.update(connection, "insert into statutory_credit_habitats (habitat, tier) values (?, ?)", habitat.getKey(),
                        habitat.getValue());
            }
            String version = "credits-" + next;
            Jdbc.update(connection, "insert into statutory_credit_version (id, version, loaded_by) values (1, ?, ?) on conflict (id)"
                    + " do update set version = excluded.version, loaded_at = now(), loaded_by = excluded.loaded_by", version, by);
            return version;
        });
    }
}
