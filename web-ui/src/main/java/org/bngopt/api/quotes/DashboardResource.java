package org.bngopt.api.quotes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.accounts.entity.Role;
import org.bngopt.contract.DashboardView;
import org.bngopt.quotes.boundary.Dashboard;
import org.bngopt.quotes.entity.QuoteFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/admin/dashboard}: how quoting goes, month by month (admins). */
@Path("admin/dashboard")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    @Inject
    Dashboard dashboard;

    @GET
    @Operation(summary = "Quotes issued, accepted and expired per month over the last 12 months with their value,"
            + " the acceptance rate and the top five LPAs by quotes issued")
    public DashboardView figures() {
        QuoteFigures figures = dashboard.figures();
        return new DashboardView(figures.months().stream().map(month -> new DashboardView.Month(month.month(), month.issued(),
                month.issuedValue(), month.accepted(), month.acceptedValue(), month.expired(), month.expiredValue())).toList(),
                figures.acceptanceRate(), figures.accepted(), figures.decided(),
                figures.topLpas().stream().map(lpa -> new DashboardView.Lpa(lpa.lpa(), lpa.issued(), lpa.value())).toList());
    }
}
