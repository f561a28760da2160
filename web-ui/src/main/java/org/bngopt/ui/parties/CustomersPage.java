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
    private String name;
    private String company;
    private String email;
    private String phone;
    private String address;

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
        name = customer.name();
        company = customer.company();
        email = customer.email();
        phone = customer.phone();
        address = customer.address();
    }

    public void startNew() {
        editing = null;
        name = company = email = phone = address = null;
    }

    public void save() {
        CustomerBody body = new CustomerBody(name, company, email, phone, address);
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
    public String getName() { return name; }
    public void setName(String value) { this.name = value; }
    public String getCompany() { return company; }
    public void setCompany(String value) { this.company = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { this.email = value; }
    public String getPhone() { return phone; }
    public void setPhone(String value) { this.phone = value; }
    public String getAddress() { return address; }
    public void setAddress(String value) { this.address = value; }
}
