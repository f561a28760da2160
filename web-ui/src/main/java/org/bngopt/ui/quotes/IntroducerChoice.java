package org.bngopt.ui.quotes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.IntroducerView;
import org.bngopt.quote.DiscountType;
import org.bngopt.ui.Layout;
import org.bngopt.ui.client.Api;
import org.bngopt.ui.quote.QuoteForm;

import java.io.Serializable;
import java.util.List;

/**
 * The introducer on the quote form (quotes.md Q1): choosing one sets the promoter discount from it, and a
 * quoter may then not change the discount; an admin may override it (the save is then audited as such).
 */
@Named
@ViewScoped
public class IntroducerChoice implements Serializable {
    @Inject
    Api api;

    @Inject
    QuoteForm form;

    @Inject
    Layout layout;

    private Long introducerId;
    private List<IntroducerView> active;

    public void chosen() {
        IntroducerView introducer = getActive().stream().filter(one -> one.id() == (introducerId == null ? -1 : introducerId))
                .findFirst().orElse(null);
        if (introducer == null) {
            introducerId = null;
            return;
        }
        form.setDiscountType(introducer.discountType());
        form.setDiscountValue(DiscountType.PERCENTAGE.name().equals(introducer.discountType()) ? introducer.discountValue() : null);
    }

    /** True when an introducer sets the discount and the person is not an admin. */
    public boolean isLocked() {
        return introducerId != null && !layout.isAdmin();
    }

    public List<IntroducerView> getActive() {
        if (active == null) {
            active = api.quotes().introducers().stream().filter(IntroducerView::active).toList();
        }
        return active;
    }

    public Long getIntroducerId() { return introducerId; }
    public void setIntroducerId(Long value) { this.introducerId = value; }
}
