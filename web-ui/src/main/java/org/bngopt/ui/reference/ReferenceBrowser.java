package org.bngopt.ui.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.api.Parameters;
import org.bngopt.ui.client.Api;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The Reference data page: read-only, lazily paged banks, stock and prices with their filters. */
@Named
@ViewScoped
public class ReferenceBrowser implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Api api;

    private String siteLpa;
    private String siteNca;
    private String bankId;
    private String habitat;
    private String contractSize;
    private String tier;

    private final LazyDataModel<JsonNode> banks = new ApiPages("banks",
            (page, size) -> api.client().banks(Parameters.text(siteLpa), Parameters.text(siteNca), page, size));
    private final LazyDataModel<JsonNode> stock = new ApiPages("stock",
            (page, size) -> api.client().stock(Parameters.text(bankId), Parameters.text(habitat), page, size));
    private final LazyDataModel<JsonNode> prices = new ApiPages("prices",
            (page, size) -> api.client().prices(Parameters.text(bankId), Parameters.text(habitat), Parameters.text(contractSize), Parameters.text(tier), page, size));


    public LazyDataModel<JsonNode> getBanks() { return banks; }
    public LazyDataModel<JsonNode> getStock() { return stock; }
    public LazyDataModel<JsonNode> getPrices() { return prices; }
    public String getSiteLpa() { return siteLpa; }
    public void setSiteLpa(String value) { this.siteLpa = value; }
    public String getSiteNca() { return siteNca; }
    public void setSiteNca(String value) { this.siteNca = value; }
    public String getBankId() { return bankId; }
    public void setBankId(String value) { this.bankId = value; }
    public String getHabitat() { return habitat; }
    public void setHabitat(String value) { this.habitat = value; }
    public String getContractSize() { return contractSize; }
    public void setContractSize(String value) { this.contractSize = value; }
    public String getTier() { return tier; }
    public void setTier(String value) { this.tier = value; }
}
