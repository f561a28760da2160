package org.bngopt.ui.parties;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.contract.ApiException;
import org.bngopt.contract.CustomerBody;
import org.bngopt.contract.CustomerView;
import org.bngopt.ui.client.Api;

import java.io.Serializable;
import java.util.List;

/** The Customers page: find a customer, see how many quotes they have, add one or change one's details. */
@Named
@ViewScoped
public class CustomersPage implements Serializable {
    @Inject
    Api api;

    private String text;
    private List<CustomerView> found;
    private Long editing;
    private CustomerForm customer = new CustomerForm();

    public void search() {
        found = api.quotes().customers(text == null || text.isBlank() ? null : text.trim());
    }

    public List<CustomerView> getCustomers() {
        if (found == null) {
            search();
        }
        return found;
    }

    public void edit(CustomerView customer) {
        editing = customer.id();
        this.customer = CustomerForm.of(customer);
    }

    public void startNew() {
        editing = null;
        customer = new CustomerForm();
    }

    public void save() {
        CustomerBody body = customer.body();
        try {
            CustomerView saved = editing == null ? api.quotes().createCustomer(body) : api.quotes().updateCustomer(editing, body);
            Messages.done("Saved " + saved.name() + ".");
            startNew();
            search();
        } catch (ApiException refused) {
            Messages.show("customer", refused.error());
        }
    }

    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public Long getEditing() { return editing; }
    public CustomerForm getCustomer() { return customer; }
}
