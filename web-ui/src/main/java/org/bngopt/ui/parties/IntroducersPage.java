package org.bngopt.ui.parties;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.IntroducerBody;
import org.bngopt.contract.IntroducerView;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The admins' Introducers page: who brings clients, and the promoter discount their clients get. */
@Named
@ViewScoped
public class IntroducersPage implements Serializable {
    @Inject
    Api api;

    private List<IntroducerView> introducers;
    private Long editing;
    private String name;
    private String discountType = "NONE";
    private BigDecimal discountValue;
    private String email;
    private boolean active = true;

    public List<IntroducerView> getIntroducers() {
        if (introducers == null) {
            introducers = api.quotes().introducers();
        }
        return introducers;
    }

    public void edit(IntroducerView introducer) {
        editing = introducer.id();
        name = introducer.name();
        discountType = introducer.discountType();
        discountValue = introducer.discountValue();
        email = introducer.email();
        active = introducer.active();
    }

    public void startNew() {
        editing = null;
        name = email = null;
        discountType = "NONE";
        discountValue = null;
        active = true;
    }

    public void save() {
        IntroducerBody body = new IntroducerBody(name, discountType, "PERCENTAGE".equals(discountType) ? discountValue : null,
                email, active);
        try {
            IntroducerView saved = editing == null ? api.quotes().createIntroducer(body) : api.quotes().updateIntroducer(editing, body);
            Messages.done("Saved " + saved.name() + ".");
            startNew();
            introducers = null;
        } catch (ApiException refused) {
            Messages.show("introducer", refused.error());
        }
    }

    /** "5%", "tier up" or "none". */
    public String discount(IntroducerView introducer) {
        return switch (introducer.discountType()) {
            case "PERCENTAGE" -> introducer.discountValue().stripTrailingZeros().toPlainString() + "%";
            case "TIER_UP" -> "tier up";
            default -> "none";
        };
    }

    public Long getEditing() { return editing; }
    public String getName() { return name; }
    public void setName(String value) { this.name = value; }
    public String getDiscountType() { return discountType; }
    public void setDiscountType(String value) { this.discountType = value; }
    public BigDecimal getDiscountValue() { return discountValue; }
    public void setDiscountValue(BigDecimal value) { this.discountValue = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { this.email = value; }
    public boolean isActive() { return active; }
    public void setActive(boolean value) { this.active = value; }
}
