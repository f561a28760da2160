package org.bngopt.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.bngopt.accounts.entity.Role;
import org.bngopt.jobs.control.JobSettings;
import org.bngopt.reference.boundary.ReferenceSnapshots;

/**
 * What the header and footer of every page need: whether the caller is an admin, and which reference
 * data and which instance answered (read in-process from memory, so rendering a page costs no call).
 */
@Named
@RequestScoped
public class Layout {
    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    JobSettings settings;

    public String getReferenceDataVersion() {
        try {
            return snapshots.current().version();
        } catch (RuntimeException e) {
            return "unavailable";
        }
    }

    /**
     * Whether the signed-in caller is an admin. On an error page the container's role check can fail
     * (Payara's authorisation is not set up for the error dispatch of a missing page): then the admin
     * links are left out, which is safe.
     */
    public boolean isAdmin() {
        try {
            return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String getInstance() {
        return settings.instance();
    }
}
