package org.bngopt.web;

import org.bngopt.testsupport.TestDatabases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built WAR deployed on Payara Micro (Arquillian managed container) against the real Postgres and
 * Redis: health is ok and the sample data reached the empty test database.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {
    private static final String DATABASE = TestDeployments.DATABASE;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return TestDeployments.builtWarOnEmptyServices();
    }

    @Test
    void healthIsOkWithDatabaseAndRedisUp() throws Exception {
        HttpResponse<String> health = get(base.toURI().resolve("api/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\",\"redis\":\"up\"}");
    }

    @Test
    void microProfileHealthReportsTheSameChecks() throws Exception {
        URI server = base.toURI().resolve("/");

        HttpResponse<String> ready = get(server.resolve("health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\",\"status\":\"UP\"", "\"name\":\"redis\",\"status\":\"UP\"");

        HttpResponse<String> live = get(server.resolve("health/live"));
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"database\":\"up\"", "\"redis\":\"up\"");
    }

    @Test
    void sampleDataIsLoadedIntoTheEmptyDatabase() throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version, (select count(*) from banks),"
                     + " (select count(*) from stock), (select count(*) from prices) from reference_version")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("ref-2025.11-r1");
            assertThat(row.getInt(2)).isEqualTo(12);
            assertThat(row.getInt(3)).isEqualTo(119);
            assertThat(row.getInt(4)).isEqualTo(1305);
        }
    }

    @Test
    void homePageShowsTheReferenceDataInUse() throws Exception {
        HttpResponse<String> page = get(base.toURI());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ref-2025.11-r1", "Banks", ">12<");
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
