package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.testsupport.TestDatabases;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.Session;
import org.bngopt.web.support.TokenApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes as business records over the API (issue 18, quotes.md Q1–Q5) on the real Postgres, Redis and
 * Payara Micro: saving for new and existing customers, duplicates, every bad field, the life cycle with
 * its stock and reference-data versions, manual lines, introducers, who sees what, and concurrency.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotesApiIT extends DeployedApplication {
    private static final String GRASSLAND = "{\"demand\":[{\"habitat\":\"Grassland - Modified grassland\",\"units\":%s}],"
            + "\"site\":{\"lpa\":\"Test Valley\",\"nca\":\"South Hampshire Lowlands\"}%s}";
    private static final String QUOTER = "quoter.quotes";
    private static final String QUOTER_PASSWORD = "quotes-quoter-Passw0rd!";

    private TokenApi api;

    @BeforeEach
    void api() {
        api = new TokenApi(uri());
    }

    private String job(String units) throws Exception {
        return api.finishedJob(GRASSLAND.formatted(units, ""));
    }

    private JsonNode save(String jobId, String customer) throws Exception {
        return api.expect(201, "POST", "api/quotes", "{\"jobId\":\"" + jobId + "\"," + customer
                + ",\"site\":{\"location\":\"Land at Hill Farm\",\"postcode\":\"so23 9lj\"}}");
    }

    @Test
    @Order(1)
    void aResultIsSavedForANewCustomerWithTheFirstReference() throws Exception {
        String jobId = job("1.5");
        HttpResponse<String> created = api.call("POST", "api/quotes", "{\"jobId\":\"" + jobId + "\",\"customer\":{\"name\":"
                + "\"Jane Smith\",\"company\":\"Acme Homes\",\"email\":\"Jane@Acme.example\",\"phone\":\"01962 555123\"},"
                + "\"site\":{\"location\":\"Land at Hill Farm\",\"postcode\":\"so23 9lj\"},\"notes\":\"<b>call first</b>\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode quote = TokenApi.JSON.readTree(created.body());
        assertThat(quote.get("reference").asText()).as("the first number on a new database").isEqualTo("BNG-A-02025");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/api/quotes/BNG-A-02025"));
        assertThat(quote.get("status").asText()).isEqualTo("DRAFT");
        assertThat(quote.at("/site/postcode").asText()).isEqualTo("SO23 9LJ");
        assertThat(quote.at("/site/lpa").asText()).isEqualTo("Test Valley");
        assertThat(quote.at("/customer/name").asText()).isEqualTo("Jane Smith");
        assertThat(quote.get("notes").asText()).as("stored as typed; pages escape it").isEqualTo("<b>call first</b>");
        assertThat(quote.at("/totals/total").decimalValue()).isEqualByComparingTo(quote.at("/result/total").decimalValue());
        assertThat(quote.get("actions")).extracting(JsonNode::asText).containsExactly("issue");
        assertThat(quote.get("events")).hasSize(1);

        HttpResponse<String> duplicate = api.call("POST", "api/quotes", "{\"jobId\":\"" + jobId + "\",\"customer\":{\"name\":"
                + "\"J. Smith\",\"phone\":\"+44 (0)1962-555-123\",\"email\":\" JANE@ACME.EXAMPLE \"}}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        long customerId = quote.at("/customer/id").asLong();
        assertThat(duplicate.body()).contains("DUPLICATE_CUSTOMER", "use customerId " + customerId);
        assertThat(count("select count(*) from customers")).as("offered, not created").isEqualTo(1);
        assertThat(count("select count(*) from quotes")).as("and no quote half-saved").isEqualTo(1);
        assertThat(api.expect(200, "GET", "api/customers/same?email=jane@acme.example", null)).hasSize(1);

        JsonNode second = save(jobId, "\"customerId\":" + customerId);
        assertThat(second.get("reference").asText()).isEqualTo("BNG-A-02026");
        assertThat(api.expect(200, "GET", "api/customers/" + customerId, null).get("quotes").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void everyBadFieldIsNamedAndNothingIsWritten() throws Exception {
        long quotes = count("select count(*) from quotes");
        HttpResponse<String> bad = api.call("POST", "api/quotes", "{\"jobId\":\"x\",\"customer\":{\"email\":\"nope\","
                + "\"phone\":\"12\"},\"site\":{\"postcode\":\"ZZ\",\"location\":\"" + "x".repeat(201) + "\"},\"introducerId\":0,"
                + "\"manualLines\":[{\"kind\":\"area\",\"habitatLost\":\"a\",\"habitatSupplied\":\"b\",\"units\":-1,\"price\":1}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TokenApi.JSON.readTree(bad.body()).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("jobId", "customer.name", "customer.email", "customer.phone", "site.location",
                        "site.postcode", "introducerId", "manualLines[0].units");

        String jobId = job("1.5");
        HttpResponse<String> unknowns = api.call("POST", "api/quotes", "{\"jobId\":\"" + java.util.UUID.randomUUID()
                + "\",\"customerId\":999,\"introducerId\":999}");
        assertThat(TokenApi.JSON.readTree(unknowns.body()).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("jobId", "introducerId", "customerId");
        HttpResponse<String> newCustomerAndUnknownIntroducer = api.call("POST", "api/quotes", "{\"jobId\":\"" + jobId
                + "\",\"customer\":{\"name\":\"Never Saved\"},\"introducerId\":999}");
        assertThat(newCustomerAndUnknownIntroducer.statusCode()).isEqualTo(400);
        assertThat(api.call("POST", "api/quotes", "{\"jobId\": [").body()).contains("malformed JSON");
        assertThat(api.call("GET", "api/quotes/BNG-A-99999", null).statusCode()).isEqualTo(404);
        assertThat(api.call("GET", "api/quotes/%27%20or%201%3D1%20--", null).statusCode()).isEqualTo(404);
        assertThat(api.call("GET", "api/quotes?status=LOST", null).statusCode()).isEqualTo(400);
        assertThat(api.call("GET", "api/quotes?from=yesterday", null).body()).contains("\"field\":\"from\"");
        assertThat(count("select count(*) from quotes")).isEqualTo(quotes);
        assertThat(count("select count(*) from customers where name = 'Never Saved'")).isZero();
        assertThat(api.call("GET", "openapi", null).body()).as("the OpenAPI document describes it all").contains(
                "/api/quotes/{reference}/requote", "/api/quotes/{reference}/{action: issue|accept|decline|withdraw}", "/api/customers/same",
                "/api/introducers/{id}", "/api/admin/dashboard", "DUPLICATE_CUSTOMER");
    }

    @Test
    @Order(3)
    void theLifeCycleHoldsSellsAndReleasesStockEachUnderANewVersion() throws Exception {
        String reference = save(job("2.25"), "\"customer\":{\"name\":\"Life Cycle Ltd\"}").get("reference").asText();
        Map<String, BigDecimal[]> before = stock();
        String version = version();

        assertThat(api.call("POST", "api/quotes/" + reference + "/accept", null).body())
                .as("409 for a transition not in the table").contains("TRANSITION_NOT_ALLOWED", "is a draft");
        JsonNode issued = api.expect(200, "POST", "api/quotes/" + reference + "/issue", null);
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("validUntil").asText()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .plusDays(30).toString());
        assertThat(issued.get("actions")).extracting(JsonNode::asText).containsExactly("accept", "decline", "withdraw");
        assertThat(version()).isNotEqualTo(version);
        Map<String, BigDecimal> drawn = draws(issued);
        assertThat(quotedChange(before, stock())).as("the hold, pool by pool").isEqualTo(drawn);
        assertThat(api.call("PATCH", "api/quotes/" + reference, "{\"notes\":\"late\"}").statusCode()).isEqualTo(409);

        String beforeDecline = version();
        JsonNode declined = api.expect(200, "POST", "api/quotes/" + reference + "/decline", null);
        assertThat(declined.get("status").asText()).isEqualTo("DECLINED");
        assertThat(stock()).as("released").usingRecursiveComparison().isEqualTo(before);
        assertThat(version()).isNotEqualTo(beforeDecline);
        assertThat(api.call("POST", "api/quotes/" + reference + "/withdraw", null).statusCode()).isEqualTo(409);
        assertThat(api.call("POST", "api/quotes/" + reference + "/expire", null).statusCode()).as("not a person's action")
                .isEqualTo(404);

        String sold = save(job("2.25"), "\"customer\":{\"name\":\"Buyer Ltd\"}").get("reference").asText();
        api.expect(200, "POST", "api/quotes/" + sold + "/issue", null);
        JsonNode accepted = api.expect(200, "POST", "api/quotes/" + sold + "/accept", null);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("events")).extracting(event -> event.get("to").asText())
                .containsExactly("DRAFT", "ISSUED", "ACCEPTED");
        Map<String, BigDecimal[]> after = stock();
        assertThat(availableChange(before, after)).as("sold").isEqualTo(drawn);
        assertThat(quotedChange(before, after)).as("no hold left").isEmpty();
        Session.admin(uri()).awaitAudit("quote accepted", "token:bootstrap");
    }

    @Test
    @Order(4)
    void manualLinesJoinTheTotalsWithoutDiscountAndFelledWoodlandIsOffered() throws Exception {
        String jobId = api.finishedJob("{\"demand\":[{\"habitat\":\"Grassland - Modified grassland\",\"units\":1.25},"
                + "{\"habitat\":\"Woodland and forest - Felled/Replacement for felled woodland\",\"units\":0.5}],"
                + "\"site\":{\"lpa\":\"Test Valley\",\"nca\":\"South Hampshire Lowlands\"},"
                + "\"options\":{\"promoterDiscount\":{\"type\":\"PERCENTAGE\",\"value\":10}}}");
        JsonNode quote = save(jobId, "\"customer\":{\"name\":\"Woodland Homes\"}");
        assertThat(quote.get("manualLines")).hasSize(1);
        assertThat(quote.at("/manualLines/0/price").decimalValue()).isEqualByComparingTo("15000");
        assertThat(quote.at("/manualLines/0/cost").decimalValue()).isEqualByComparingTo("7500");
        BigDecimal resultTotal = quote.at("/totals/result").decimalValue();
        assertThat(quote.at("/totals/total").decimalValue()).isEqualByComparingTo(resultTotal.add(new BigDecimal("7500")));

        JsonNode changed = api.expect(200, "PATCH", "api/quotes/" + quote.get("reference").asText(), "{\"manualLines\":["
                + "{\"kind\":\"area\",\"habitatLost\":\"Woodland and forest - Felled/Replacement for felled woodland\","
                + "\"habitatSupplied\":\"Woodland and forest - Other woodland; broadleaved\",\"units\":0.5,\"price\":18000},"
                + "{\"kind\":\"hedgerow\",\"habitatLost\":\"Native hedgerow\",\"habitatSupplied\":\"Native hedgerow\","
                + "\"units\":0.12387,\"price\":22000}],\"notes\":\"re-priced by hand\"}");
        assertThat(changed.at("/totals/manualLines").decimalValue()).as("9,000 + 2,725.14, no discount")
                .isEqualByComparingTo("11725.14");
        assertThat(changed.at("/totals/total").decimalValue()).isEqualByComparingTo(resultTotal.add(new BigDecimal("11725.14")));
        assertThat(changed.get("notes").asText()).isEqualTo("re-priced by hand");
    }

    @Test
    @Order(5)
    void anIntroducersDiscountBindsQuotersAndAnAdminOverrideIsSaid() throws Exception {
        Session admin = Session.admin(uri());
        HttpResponse<String> introducer = admin.api("POST", "api/introducers", HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"Green Agents\",\"discountType\":\"PERCENTAGE\",\"discountValue\":5,\"email\":\"hi@green.example\"}"),
                "application/json");
        assertThat(introducer.statusCode()).isEqualTo(201);
        long introducerId = TokenApi.JSON.readTree(introducer.body()).get("id").asLong();
        assertThat(admin.api("POST", "api/introducers", HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"green agents\",\"discountType\":\"NONE\"}"), "application/json").statusCode()).isEqualTo(409);
        admin.api("POST", "api/admin/users", HttpRequest.BodyPublishers.ofString("{\"username\":\"" + QUOTER
                + "\",\"password\":\"" + QUOTER_PASSWORD + "\",\"role\":\"quoter\"}"), "application/json");
        Session quoter = Session.signIn(uri(), QUOTER, QUOTER_PASSWORD);
        assertThat(quoter.api("POST", "api/introducers", HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"Mine\",\"discountType\":\"NONE\"}"), "application/json").statusCode()).isEqualTo(403);

        String plain = TokenApi.JSON.readTree(quoter.api("POST", "api/jobs", HttpRequest.BodyPublishers.ofString(
                GRASSLAND.formatted("3.5", "")), "application/json").body()).get("id").asText();
        String discounted = TokenApi.JSON.readTree(quoter.api("POST", "api/jobs", HttpRequest.BodyPublishers.ofString(
                GRASSLAND.formatted("3.5", ",\"options\":{\"promoterDiscount\":{\"type\":\"PERCENTAGE\",\"value\":5.0}}")),
                "application/json").body()).get("id").asText();
        quoter.get("api/jobs/" + plain + "?waitMillis=10000");
        quoter.get("api/jobs/" + discounted + "?waitMillis=10000");

        HttpResponse<String> refused = quoter.api("POST", "api/quotes", HttpRequest.BodyPublishers.ofString("{\"jobId\":\""
                + plain + "\",\"customer\":{\"name\":\"Agent Client\"},\"introducerId\":" + introducerId + "}"), "application/json");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("introducerId", "Green Agents gives a 5% promoter discount");
        HttpResponse<String> saved = quoter.api("POST", "api/quotes", HttpRequest.BodyPublishers.ofString("{\"jobId\":\""
                + discounted + "\",\"customer\":{\"name\":\"Agent Client\"},\"introducerId\":" + introducerId + "}"), "application/json");
        assertThat(saved.statusCode()).isEqualTo(201);
        String quoterReference = TokenApi.JSON.readTree(saved.body()).get("reference").asText();
        assertThat(TokenApi.JSON.readTree(saved.body()).at("/introducer/name").asText()).isEqualTo("Green Agents");

        JsonNode overridden = api.expect(201, "POST", "api/quotes", "{\"jobId\":\"" + plain + "\",\"customerId\":"
                + TokenApi.JSON.readTree(saved.body()).at("/customer/id").asLong() + ",\"introducerId\":" + introducerId + "}");
        assertThat(overridden.at("/events/0/detail").asText()).contains("promoter discount overridden: no promoter discount"
                + " instead of Green Agents's a 5% promoter discount");

        assertThat(quoter.get("api/quotes/" + overridden.get("reference").asText()).statusCode()).as("not the quoter's")
                .isEqualTo(404);
        JsonNode own = TokenApi.JSON.readTree(quoter.get("api/quotes").body());
        assertThat(own.get("quotes")).extracting(quote -> quote.get("reference").asText()).containsExactly(quoterReference);
        assertThat(api.expect(200, "GET", "api/quotes?client=agent", null).get("total").asInt()).as("an API client sees all")
                .isEqualTo(2);
        assertThat(quoter.get("api/admin/dashboard").statusCode()).isEqualTo(403);
        JsonNode dashboard = TokenApi.JSON.readTree(admin.get("api/admin/dashboard").body());
        assertThat(dashboard.get("months")).hasSize(12);
        JsonNode thisMonth = dashboard.get("months").get(11);
        assertThat(thisMonth.get("issued").asInt()).isEqualTo(2);
        assertThat(thisMonth.get("accepted").asInt()).isEqualTo(1);
        assertThat(dashboard.get("acceptanceRate").decimalValue()).as("1 accepted of 2 decided").isEqualByComparingTo("0.5");
        assertThat(dashboard.at("/topLpas/0/lpa").asText()).isEqualTo("Test Valley");
    }

    @Test
    @Order(6)
    void fiftySavesAtOnceGetFiftyReferencesAndTwentyRequotesGetOneToTwenty() throws Exception {
        String jobId = job("1.75");
        long customerId = save(jobId, "\"customer\":{\"name\":\"Busy Developer\"}").at("/customer/id").asLong();
        List<CompletableFuture<HttpResponse<String>>> saves = IntStream.range(0, 50).mapToObj(i -> api.callAsync("POST",
                "api/quotes", "{\"jobId\":\"" + jobId + "\",\"customerId\":" + customerId + "}")).toList();
        Set<String> references = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> save : saves) {
            HttpResponse<String> answer = save.join();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            references.add(TokenApi.JSON.readTree(answer.body()).get("reference").asText());
        }
        assertThat(references).hasSize(50).allMatch(reference -> reference.matches("BNG-A-0\\d{4}"));

        String base = references.iterator().next();
        String requoteJob = job("1.8");
        List<CompletableFuture<HttpResponse<String>>> requotes = IntStream.range(0, 20).mapToObj(i -> api.callAsync("POST",
                "api/quotes/" + base + "/requote", "{\"jobId\":\"" + requoteJob + "\"}")).toList();
        List<String> revisions = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> requote : requotes) {
            HttpResponse<String> answer = requote.join();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            revisions.add(TokenApi.JSON.readTree(answer.body()).get("reference").asText());
        }
        assertThat(revisions).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).mapToObj(n -> base + "." + n).toList());
        JsonNode revision = api.expect(201, "POST", "api/quotes/" + base + ".7/requote", "{\"jobId\":\"" + requoteJob + "\"}");
        assertThat(revision.get("reference").asText()).as("requoting a revision").isEqualTo(base + ".21");
        assertThat(revision.get("revisions")).hasSize(22);
        assertThat(revision.at("/customer/id").asLong()).isEqualTo(customerId);
    }

    @Test
    @Order(7)
    void twentyAcceptancesOfTheLastUnitsSellThemOnce() throws Exception {
        String jobId = job("5");
        List<String> references = new ArrayList<>();
        long customerId = save(jobId, "\"customer\":{\"name\":\"Rival Developers\"}").at("/customer/id").asLong();
        for (int i = 0; i < 20; i++) {
            String reference = save(jobId, "\"customerId\":" + customerId).get("reference").asText();
            api.expect(200, "POST", "api/quotes/" + reference + "/issue", null);
            references.add(reference);
        }
        JsonNode quote = api.expect(200, "GET", "api/quotes/" + references.get(0), null);
        Map<String, BigDecimal> need = draws(quote);
        Map<String, BigDecimal[]> before = stock();
        Map<String, String> pools = poolOf();
        assertThat(need).as("some pool cannot supply two of these quotes").anySatisfy((pool, units) ->
                assertThat(units.multiply(BigDecimal.TWO)).isGreaterThan(available(before, pool, pools)));

        List<CompletableFuture<HttpResponse<String>>> accepts = references.stream().map(reference -> api.callAsync("POST",
                "api/quotes/" + reference + "/accept", null)).toList();
        int accepted = 0;
        for (CompletableFuture<HttpResponse<String>> accept : accepts) {
            HttpResponse<String> answer = accept.join();
            if (answer.statusCode() == 200) {
                accepted++;
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                assertThat(answer.body()).contains("INSUFFICIENT_STOCK", "bank WC1P", "habitat Grassland - Modified grassland");
            }
        }
        assertThat(accepted).isEqualTo(1);
        Map<String, BigDecimal[]> after = stock();
        assertThat(availableChange(before, after)).as("sold once").isEqualTo(need);
        assertThat(count("select count(*) from quotes where status = 'ACCEPTED' and reference = any(array['"
                + String.join("','", references) + "'])")).isEqualTo(1);
        assertThat(after.values()).allSatisfy(row -> assertThat(row[0].signum()).isNotNegative());
    }

    @Test
    @Order(8)
    void withoutAMailServerASendGoesToTheOutboxAndAClientWithoutEmailIsSaidSo() throws Exception {
        String reference = save(job("1.45"), "\"customer\":{\"name\":\"Outbox Homes\",\"email\":\"buyer@outbox.example\"}")
                .get("reference").asText();
        api.expect(200, "POST", "api/quotes/" + reference + "/issue", null);
        JsonNode message = api.expect(200, "POST", "api/quotes/" + reference + "/send", null);
        assertThat(message.get("status").asText()).isEqualTo("OUTBOX");
        assertThat(message.get("to").asText()).isEqualTo("buyer@outbox.example");
        JsonNode outbox = TokenApi.JSON.readTree(Session.admin(uri()).get("api/admin/outbox").body());
        assertThat(outbox).extracting(item -> item.get("reference").asText()).contains(reference);

        String noEmail = save(job("1.45"), "\"customer\":{\"name\":\"No Email Ltd\"}").get("reference").asText();
        api.expect(200, "POST", "api/quotes/" + noEmail + "/issue", null);
        assertThat(api.call("POST", "api/quotes/" + noEmail + "/send", null).body()).contains("NO_EMAIL", "No Email Ltd");
        assertThat(api.call("GET", "api/admin/outbox", null).statusCode()).as("admins only").isEqualTo(403);
    }

    /** The stockUnits the quote's result draws from each pool, keyed "bank|habitat". */
    private static Map<String, BigDecimal> draws(JsonNode quote) {
        Map<String, BigDecimal> pools = new HashMap<>();
        for (JsonNode row : quote.at("/result/allocations")) {
            if (row.has("parts")) {
                row.get("parts").forEach(part -> pools.merge(row.get("bankId").asText() + "|" + part.get("habitat").asText(),
                        part.get("stockUnits").decimalValue(), BigDecimal::add));
            } else {
                pools.merge(row.get("bankId").asText() + "|" + row.get("supplyHabitat").asText(),
                        row.get("stockUnits").decimalValue(), BigDecimal::add);
            }
        }
        pools.replaceAll((pool, units) -> units.stripTrailingZeros());
        return pools;
    }

    /** Every stock row by id: {available_excl_quotes, quoted, pool}. */
    private static Map<String, BigDecimal[]> stock() throws Exception {
        Map<String, BigDecimal[]> rows = new HashMap<>();
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select stock_id, available_excl_quotes, quoted from stock")) {
            while (row.next()) {
                rows.put(row.getString(1), new BigDecimal[] {row.getBigDecimal(2), row.getBigDecimal(3)});
            }
        }
        return rows;
    }

    private static Map<String, String> poolOf() throws Exception {
        Map<String, String> pools = new HashMap<>();
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select stock_id, bank_id || '|' || habitat_name from stock")) {
            while (row.next()) {
                pools.put(row.getString(1), row.getString(2));
            }
        }
        return pools;
    }

    private static BigDecimal available(Map<String, BigDecimal[]> stock, String pool, Map<String, String> pools) {
        return stock.entrySet().stream().filter(row -> pool.equals(pools.get(row.getKey()))).map(row -> row.getValue()[0])
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> quotedChange(Map<String, BigDecimal[]> before, Map<String, BigDecimal[]> after)
            throws Exception {
        return change(before, after, 1, false);
    }

    private static Map<String, BigDecimal> availableChange(Map<String, BigDecimal[]> before, Map<String, BigDecimal[]> after)
            throws Exception {
        return change(before, after, 0, true);
    }

    /** By pool, how much a column rose (or fell, when {@code fell}); pools without change are left out. */
    private static Map<String, BigDecimal> change(Map<String, BigDecimal[]> before, Map<String, BigDecimal[]> after, int column,
                                                  boolean fell) throws Exception {
        Map<String, String> pools = poolOf();
        Map<String, BigDecimal> changes = new HashMap<>();
        after.forEach((stockId, row) -> {
            BigDecimal difference = row[column].subtract(before.get(stockId)[column]);
            if (difference.signum() != 0) {
                changes.merge(pools.get(stockId), fell ? difference.negate() : difference, BigDecimal::add);
            }
        });
        changes.replaceAll((pool, units) -> units.stripTrailingZeros());
        return changes;
    }

    private static String version() throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version from reference_version")) {
            row.next();
            return row.getString(1);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
