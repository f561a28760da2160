package org.bngopt.ui.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.CreditsTable;
import org.bngopt.ui.FieldProblems;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The admins' Statutory credits page: the table as text, one row a line ({@code tier, price} and
 * {@code habitat, tier}), replaced whole; the API names each bad row.
 */
@Named
@ViewScoped
public class CreditsPage implements Serializable {
    @Inject
    Api api;

    private CreditsTable table;
    private String prices;
    private String habitats;

    public CreditsTable getTable() {
        if (table == null) {
            table = api.admin().credits();
            prices = table.prices().stream().map(price -> price.tier() + ", " + price.price().toPlainString())
                    .collect(Collectors.joining("\n"));
            habitats = table.habitats().stream().map(habitat -> habitat.habitat() + ", " + habitat.tier())
                    .collect(Collectors.joining("\n"));
        }
        return table;
    }

    public void save() {
        List<String> problems = new ArrayList<>();
        List<CreditsTable.TierPrice> tierPrices = new ArrayList<>();
        for (String line : lines(prices)) {
            int comma = line.lastIndexOf(',');
            try {
                tierPrices.add(new CreditsTable.TierPrice(line.substring(0, comma).trim(), new BigDecimal(line.substring(comma + 1).trim())));
            } catch (RuntimeException e) {
                problems.add("Prices: \u201c" + line + "\u201d is not a tier, a comma and a price.");
            }
        }
        List<CreditsTable.HabitatTier> habitatTiers = new ArrayList<>();
        for (String line : lines(habitats)) {
            int comma = line.lastIndexOf(',');
            if (comma < 1) {
                problems.add("Habitats: \u201c" + line + "\u201d is not a habitat, a comma and a tier.");
            } else {
                habitatTiers.add(new CreditsTable.HabitatTier(line.substring(0, comma).trim(), line.substring(comma + 1).trim()));
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null)));
            return;
        }
        try {
            CreditsTable saved = api.admin().replaceCredits(new CreditsTable(null, tierPrices, habitatTiers));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved as " + saved.version() + ".", null));
            table = null;
        } catch (ApiException refused) {
            FieldProblems.show(refused.error(), field -> null, null);
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    public String getPrices() { return prices; }
    public void setPrices(String value) { this.prices = value; }
    public String getHabitats() { return habitats; }
    public void setHabitats(String value) { this.habitats = value; }
}
