package org.bngopt.api.admin;

import jakarta.annotation.security.RolesAllowed;
import org.bngopt.accounts.entity.Role;
import org.bngopt.contract.ImportAnswer;
import org.bngopt.contract.NewVersion;
import org.bngopt.errors.ErrorResponses;
import java.util.List;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.bngopt.api.JsonBody;
import org.bngopt.api.reference.ReferenceUpload;
import org.bngopt.reference.ReferenceDataException;
import org.bngopt.reference.boundary.ReferenceAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.bngopt.api.ApiDocs;
import org.bngopt.contract.StockQuantities;
import org.bngopt.contract.PriceChange;
import org.bngopt.contract.ApiError;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Optional;

/** {@code /api/admin/reference}: import a whole reference-data set, or edit one stock quantity or price. */
@Path("admin/reference")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceAdminResource {
    @Inject
    ReferenceAdministration administration;

    @Context
    SecurityContext caller;

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Check, and with confirm=true apply, a reference-data set: an .xlsx workbook (one sheet per table)"
            + " or a .zip of CSV files, as exported",
            description = "200 with the rows added, removed and changed per table (and the new version once applied);"
                    + " 400 listing every problem by sheet and row; nothing is written unless confirm=true and the set is valid")
    public ImportAnswer importSet(@QueryParam("confirm") boolean confirm, byte[] body) {
        ReferenceUpload.Upload upload = ReferenceUpload.read(body == null ? new byte[0] : body);
        try {
            ReferenceAdministration.Preview preview = administration.preview(upload.data());
            List<ImportAnswer.TableChange> changes = preview.changes().stream()
                    .map(change -> new ImportAnswer.TableChange(upload.format().tableName(change.table()), change.added(),
                            change.removed(), change.changed()))
                    .toList();
            String version = confirm ? administration.replace(upload.data(), by()) : null;
            return new ImportAnswer(preview.incomingVersion(), confirm, changes, version);
        } catch (ReferenceDataException e) {
            throw upload.format().problems(e.problems());
        }
    }

    @PUT
    @Path("stock/{stockId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one stock parcel's quantities: {availableExclQuotes, quoted}; answers the new version")
    @APIResponse(responseCode = "200", description = "the new reference-data version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewVersion.class), examples = @ExampleObject(name = "example", value = ApiDocs.NEW_VERSION)))
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    @APIResponse(responseCode = "404", description = "no such thing, or not this caller's", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.NOT_FOUND)))
    public Response stock(@PathParam("stockId") String stockId,
                          @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StockQuantities.class), examples = @ExampleObject(name = "example", value = ApiDocs.STOCK))) String body) {
        JsonBody fields = JsonBody.of(body);
        return changed(administration.setStock(stockId, fields.number("availableExclQuotes"), fields.number("quoted"), by()),
                "no stock parcel " + stockId);
    }

    @PUT
    @Path("prices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a price: {bankId, habitatName, contractSize, tier, price}; answers the new version")
    @APIResponse(responseCode = "200", description = "the new reference-data version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewVersion.class), examples = @ExampleObject(name = "example", value = ApiDocs.NEW_VERSION)))
    @APIResponse(responseCode = "400", description = "a field is missing or wrong: each named with the reason", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "example", value = ApiDocs.VALIDATION_ERROR)))
    public Response price(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PriceChange.class), examples = @ExampleObject(name = "example", value = ApiDocs.PRICE))) String body) {
        JsonBody fields = JsonBody.of(body);
        String bankId = fields.text("bankId", true);
        String habitat = fields.text("habitatName", true);
        String size = fields.text("contractSize", true);
        String tier = fields.text("tier", true);
        return changed(administration.setPrice(bankId, habitat, size, tier, fields.number("price"), by()),
                "no price for " + String.join(" / ", bankId, habitat, size, tier));
    }

    private String by() {
        return caller.getUserPrincipal().getName();
    }

    private static Response changed(Optional<String> version, String missing) {
        return version.map(next -> Response.ok(new NewVersion(next)).build())
                .orElseGet(() -> ErrorResponses.notFound(missing));
    }
}
