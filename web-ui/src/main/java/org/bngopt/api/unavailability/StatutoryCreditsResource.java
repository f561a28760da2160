package org.bngopt.api.unavailability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.accounts.entity.Role;
import org.bngopt.api.JsonBody;
import org.bngopt.contract.CreditsTable;
import org.bngopt.json.JsonFields;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.unavailability.StatutoryCredits;
import org.bngopt.unavailability.boundary.StatutoryCreditsAdmin;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code /api/admin/statutory-credits}: the statutory credits table, read and replaced whole (admins). */
@Path("admin/statutory-credits")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class StatutoryCreditsResource {
    private static final int MAX_ROWS = 2000;
    private static final BigDecimal MAX_PRICE = new BigDecimal(10_000_000);

    @Inject
    StatutoryCreditsAdmin credits;

    @Inject
    ReferenceSnapshots snapshots;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "The statutory credits table: the price of a credit per tier, and each habitat's tier")
    public CreditsTable current() {
        return view(credits.current());
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace the table: {prices: [{tier, price}], habitats: [{habitat, tier}]}",
            description = "Every tier once, prices from 0 to 10,000,000 per credit; every habitat a catalogue habitat, once, of a"
                    + " tier priced in the same body. Replaced in one transaction under a new version, audited")
    public CreditsTable replace(String body) {
        JsonFields fields = JsonFields.of(JsonBody.tree(body));
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (JsonFields price : fields.objects("prices", MAX_ROWS)) {
            String tier = price.text("tier", true, 20);
            BigDecimal value = price.number("price", true, BigDecimal.ZERO, false, MAX_PRICE);
            if (tier != null && prices.putIfAbsent(tier, value) != null) {
                price.problem("tier", "is given twice");
            }
        }
        Set<String> known = new HashSet<>();
        snapshots.current().habitats().forEach(habitat -> known.add(habitat.name()));
        Map<String, String> habitats = new LinkedHashMap<>();
        for (JsonFields habitat : fields.objects("habitats", MAX_ROWS)) {
            String name = habitat.text("habitat", true, 200);
            String tier = habitat.text("tier", true, 20);
            if (name != null && !known.contains(name)) {
                habitat.problem("habitat", "is not a habitat of the reference data");
            } else if (name != null && habitats.putIfAbsent(name, tier) != null) {
                habitat.problem("habitat", "is given twice");
            }
            if (tier != null && !prices.containsKey(tier)) {
                habitat.problem("tier", "has no price in prices");
            }
        }
        fields.check();
        return view(credits.replace(new StatutoryCredits(null, prices, habitats), caller.getUserPrincipal().getName()));
    }

    private static CreditsTable view(StatutoryCredits table) {
        return new CreditsTable(table.version(), new TreeMap<>(table.pricePerTier()).entrySet().stream()
                .map(price -> new CreditsTable.TierPrice(price.getKey(), price.getValue())).toList(),
                new TreeMap<>(table.tierOfHabitat()).entrySet().stream()
                        .map(habitat -> new CreditsTable.HabitatTier(habitat.getKey(), habitat.getValue())).toList());
    }
}
