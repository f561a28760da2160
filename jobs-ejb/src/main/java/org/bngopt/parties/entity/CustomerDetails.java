package org.bngopt.parties.entity;

/** What a person types about a customer: the name is required, the rest optional. */
public record CustomerDetails(String name, String company, String email, String phone, String address) {
}
