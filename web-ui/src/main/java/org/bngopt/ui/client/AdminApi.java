package org.bngopt.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.accounts.entity.AuditEntry;
import org.bngopt.contract.Enabled;
import org.bngopt.contract.ImportAnswer;
import org.bngopt.contract.NewToken;
import org.bngopt.contract.NewUser;
import org.bngopt.contract.NewVersion;
import org.bngopt.contract.PriceChange;
import org.bngopt.contract.StockQuantities;
import org.bngopt.contract.TokenView;
import org.bngopt.contract.UserView;

import java.util.List;

/** {@code /api/admin} as the admin pages use it; a refusal throws {@code ApiException}. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AdminApi {

    @GET
    @Path("admin/users")
    List<UserView> users();

    @POST
    @Path("admin/users")
    UserView createUser(NewUser user);

    @PUT
    @Path("admin/users/{username}/enabled")
    void setEnabled(@PathParam("username") String username, Enabled enabled);

    @GET
    @Path("admin/tokens")
    List<TokenView> tokens();

    @POST
    @Path("admin/tokens")
    TokenView issueToken(NewToken token);

    @DELETE
    @Path("admin/tokens/{id}")
    void revokeToken(@PathParam("id") String id);

    @GET
    @Path("admin/audit")
    List<AuditEntry> audit(@QueryParam("size") int size);

    @POST
    @Path("admin/reference/import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    ImportAnswer importSet(@QueryParam("confirm") boolean confirm, byte[] file);

    @PUT
    @Path("admin/reference/stock/{stockId}")
    NewVersion setStock(@PathParam("stockId") String stockId, StockQuantities quantities);

    @PUT
    @Path("admin/reference/prices")
    NewVersion setPrice(PriceChange price);

    @GET
    @Path("admin/statutory-credits")
    org.bngopt.contract.CreditsTable credits();

    @PUT
    @Path("admin/statutory-credits")
    org.bngopt.contract.CreditsTable replaceCredits(org.bngopt.contract.CreditsTable table);
}
