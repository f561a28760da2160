package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.Session;
import org.bngopt.web.support.TokenApi;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watch-lists and the statement of unavailability (issue 20) on the real instance: a request with unmet units
 * explained and watched; an admin adds stock at a legal bank; within 30 s its owner has exactly one
 * notification naming that bank, and the linked result meets the line; an edit that changes nothing relevant
 * raises none.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchesIT extends DeployedApplication {
    private static final String FENS = "Wetland - Lowland fens";
    private static final String REQUEST = "{\"demand\":[{\"habitat\":\"" + FENS + "\",\"units\":6}],"
            + "\"site\":{\"lpa\":\"Test Valley\",\"nca\":\"South Hampshire Lowlands\"}}";

    @Test
    @Order(1)
    void aWatchNotifiesOnceWhenStockAtALegalBankMeetsTheLine() throws Exception {
        TokenApi api = new TokenApi(uri());
        Session admin = Session.admin(uri());
        String jobId = api.finishedJob(REQUEST);

        JsonNode statement = api.expect(200, "GET", "api/jobs/" + jobId + "/unavailability", null);
        assertThat(statement.at("/unavailability/lines/0/habitat").asText()).isEqualTo(FENS);
        assertThat(statement.at("/unavailability/lines/0/banks")).extracting(bank -> bank.get("bankId").asText())
                .containsExactly("WC1P04", "WC1P08");
        assertThat(statement.at("/credits/note").asText()).as("an empty credits table is said").contains("No statutory credit prices");
        assertThat(api.expect(200, "GET", "api/jobs/" + jobId + "/unavailability", null)).as("the same on every request")
                .isEqualTo(statement);
        HttpResponse<byte[]> pdf = api.bytes("api/jobs/" + jobId + "/unavailability.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(api.bytes("api/jobs/" + jobId + "/unavailability.pdf").body()).isEqualTo(pdf.body());

        assertThat(api.call("POST", "api/watches", "{\"jobId\":\"" + jobId + "\",\"condition\":\"COST_BELOW\"}").body())
                .contains("\"field\":\"name\"", "\"field\":\"threshold\"");
        JsonNode watch = api.expect(201, "POST", "api/watches", "{\"jobId\":\"" + jobId + "\",\"name\":\"Fens for Mill Lane\","
                + "\"condition\":\"ALL_MET\"}");
        assertThat(watch.get("met").asBoolean()).isFalse();

        JsonNode stock = TokenApi.JSON.readTree(admin.get("api/reference/stock?bankId=WC1P04&habitat="
                + URLEncoder.encode(FENS, StandardCharsets.UTF_8)).body());
        String stockId = stock.at("/stock/0/id").asText();
        assertThat(stockId).isNotBlank();
        long edited = System.nanoTime();
        assertThat(admin.api("PUT", "api/admin/reference/stock/" + stockId, HttpRequest.BodyPublishers.ofString(
                "{\"availableExclQuotes\":10,\"quoted\":0}"), "application/json").statusCode()).isEqualTo(200);

        JsonNode notifications = awaitNotifications(api, 1, Duration.ofSeconds(30));
        System.out.printf("WatchesIT: notified %d ms after the stock edit%n", (System.nanoTime() - edited) / 1_000_000);
        JsonNode notification = notifications.get("notifications").get(0);
        assertThat(notification.get("message").asText()).contains("Fens for Mill Lane", "all its units can now be met", "WC1P04",
                FENS);
        assertThat(notifications.get("unread").asLong()).isEqualTo(1);
        JsonNode result = api.expect(200, "GET", "api/jobs/" + notification.get("jobId").asText(), null);
        assertThat(result.at("/result/lines/0/unmetUnits").decimalValue()).as("the linked result meets the line")
                .isEqualByComparingTo("0");

        String version = api.expect(200, "GET", "api/info", null).get("referenceDataVersion").asText();
        JsonNode other = TokenApi.JSON.readTree(admin.get("api/reference/stock?bankId=WC1P01&size=1").body());
        String otherId = other.at("/stock/0/id").asText();
        assertThat(admin.api("PUT", "api/admin/reference/stock/" + otherId, HttpRequest.BodyPublishers.ofString(
                "{\"availableExclQuotes\":99,\"quoted\":0}"), "application/json").statusCode()).isEqualTo(200);
        awaitEvaluatedAfter(api, watch.get("id").asLong(), version, Duration.ofSeconds(30));
        assertThat(api.expect(200, "GET", "api/notifications", null).get("notifications")).as("nothing relevant changed").hasSize(1);

        assertThat(api.call("POST", "api/notifications/read", null).statusCode()).isEqualTo(204);
        assertThat(api.expect(200, "GET", "api/notifications", null).get("unread").asLong()).isZero();
        assertThat(api.expect(200, "PATCH", "api/watches/" + watch.get("id").asLong(), "{\"active\":false}").get("active")
                .asBoolean()).isFalse();
        assertThat(TokenApi.JSON.readTree(admin.get("api/watches").body())).as("admins see every watch").hasSize(1);
        assertThat(api.call("DELETE", "api/watches/" + watch.get("id").asLong(), null).statusCode()).isEqualTo(204);
        assertThat(api.expect(200, "GET", "api/watches", null)).isEmpty();
    }

    @Test
    @Order(2)
    void aStatementCostsTheUnmetUnitsAsStatutoryCreditsOnceTheTableIsFilled() throws Exception {
        TokenApi api = new TokenApi(uri());
        Session admin = Session.admin(uri());
        String table = "{\"prices\":[{\"tier\":\"A2\",\"price\":42000}],\"habitats\":[{\"habitat\":\"" + FENS
                + "\",\"tier\":\"A2\"}]}";
        assertThat(api.call("PUT", "api/admin/statutory-credits", table).statusCode()).as("admins only").isEqualTo(403);
        HttpResponse<String> bad = admin.api("PUT", "api/admin/statutory-credits", HttpRequest.BodyPublishers.ofString(
                "{\"prices\":[{\"tier\":\"A2\",\"price\":-1}],\"habitats\":[{\"habitat\":\"Unicorn meadow\",\"tier\":\"B9\"}]}"),
                "application/json");
        assertThat(TokenApi.JSON.readTree(bad.body()).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("prices[0].price", "habitats[0].habitat", "habitats[0].tier");
        HttpResponse<String> saved = admin.api("PUT", "api/admin/statutory-credits", HttpRequest.BodyPublishers.ofString(table),
                "application/json");
        assertThat(TokenApi.JSON.readTree(saved.body()).get("version").asText()).startsWith("credits-");

        // Fens are still short after the first test added 10 units at WC1P04.
        String jobId = api.finishedJob(REQUEST.replace("\"units\":6", "\"units\":40"));
        JsonNode credits = api.expect(200, "GET", "api/jobs/" + jobId + "/unavailability", null).get("credits");
        BigDecimal unmet = credits.at("/lines/0/units").decimalValue();
        assertThat(credits.at("/lines/0/tier").asText()).isEqualTo("A2");
        assertThat(credits.get("total").decimalValue()).as("two credits a unit at £42,000")
                .isEqualByComparingTo(unmet.multiply(new BigDecimal("84000")).setScale(2, java.math.RoundingMode.HALF_UP));
        admin.awaitAudit("statutory credits replaced", "admin");
    }

    private static JsonNode awaitNotifications(TokenApi api, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode notifications;
        do {
            notifications = api.expect(200, "GET", "api/notifications", null);
            if (notifications.get("notifications").size() >= count) {
                return notifications;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no notification within " + timeout + ": " + notifications);
    }

    /** Waits until the watch has been evaluated on a version after {@code version} and nothing is under way. */
    private static void awaitEvaluatedAfter(TokenApi api, long id, String version, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode watch = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode one : api.expect(200, "GET", "api/watches", null)) {
                if (one.get("id").asLong() == id) {
                    watch = one;
                }
            }
            if (watch != null && !watch.get("evaluating").asBoolean() && !version.equals(watch.path("evaluatedVersion").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the watch was not evaluated again within " + timeout + ": " + watch);
    }
}
