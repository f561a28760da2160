package org.bngopt.ui.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.BankPage;
import org.bngopt.contract.BankView;
import org.bngopt.contract.PricePage;
import org.bngopt.contract.StockPage;
import org.bngopt.reference.Price;
import org.bngopt.reference.StockParcel;
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

    private final LazyDataModel<BankView> banks = new ApiPages<>(
            (page, size) -> api.client().banks(siteLpa, siteNca, page, size), BankPage::total, BankPage::banks);
    private final LazyDataModel<StockParcel> stock = new ApiPages<>(
            (page, size) -> api.client().stock(bankId, habitat, page, size), StockPage::total, StockPage::stock);
    private final LazyDataModel<Price> prices = new ApiPages<>(
            (page, size) -> api.client().prices(bankId, habitat, contractSize, tier, page, size),
            PricePage::total, PricePage::prices);


    public LazyDataModel<BankView> getBanks() { return banks; }
    public LazyDataModel<StockParcel> getStock() { return stock; }
    public LazyDataModel<Price> getPrices() { return prices; }
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
