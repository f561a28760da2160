package org.bngopt.ui.parties;

import org.bngopt.contract.CustomerBody;
import org.bngopt.contract.CustomerView;

import java.io.Serializable;

/** A customer's details as a form edits them: the Customers page and the save page share it. */
public class CustomerForm implements Serializable {
    private String name;
    private String company;
    private String email;
    private String phone;
    private String address;

    public static CustomerForm of(CustomerView customer) {
        CustomerForm form = new CustomerForm();
        form.name = customer.name();
        form.company = customer.company();
        form.email = customer.email();
        form.phone = customer.phone();
        form.address = customer.address();
        return form;
    }

    /** The details as the API takes them, blanks left out. */
    public CustomerBody body() {
        return new CustomerBody(blankToNull(name), blankToNull(company), blankToNull(email), blankToNull(phone),
                blankToNull(address));
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

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
