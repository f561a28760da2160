package org.bngopt.ui;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bngopt.ui.client.Api;

/** The footer of every page: which reference data and which instance answered. */
@Named
@RequestScoped
public class Layout {
    @Inject
    Api api;

    private JsonNode info;

    public String getReferenceDataVersion() {
        return info("referenceDataVersion");
    }

    public String getInstance() {
        return info("instance");
    }

    private String info(String field) {
        try {
            if (info == null) {
                info = Api.read(api.client().info());
            }
            return info.path(field).asText("unknown");
        } catch (RuntimeException e) {
            return "unavailable";
        }
    }
}
