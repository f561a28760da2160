package org.bngopt.api.info;

import org.bngopt.contract.Info;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.jobs.control.JobSettings;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code GET /api/info}: which application version, reference data and instance answered. */
@Path("info")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {
    private static final String VERSION = buildVersion();

    @Inject
    ReferenceSnapshots snapshots;

    @Inject
    JobSettings settings;

    @GET
    @Operation(summary = "Application version, reference-data version and instance name")
    public Info info() {
        return new Info("bng-optimiser", VERSION, snapshots.current().version(), settings.instance());
    }

    private static String buildVersion() {
        try (InputStream in = InfoResource.class.getResourceAsStream("/bngopt-build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
