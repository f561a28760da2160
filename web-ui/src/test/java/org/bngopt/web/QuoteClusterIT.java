package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.bngopt.testsupport.TestDatabases;
import org.bngopt.web.support.OwnServices;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.TokenApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes on two instances sharing one Postgres and Redis (issue 18): the expiry runs on one instance at a
 * time and expires each quote once; and an instance killed with kill -9 in the middle of an acceptance
 * leaves the quote and the stock as they were, so that the other instance can accept it whole.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuoteClusterIT {
    private static final OwnServices SERVICES = new OwnServices("bngopt_quote_cluster_it", 4);
    private static final String DATABASE = SERVICES.database();
    /** QuoteExpiry.LOCK: the advisory lock that lets one instance expire quotes at a time. */
    private static final long EXPIRY_LOCK = 0x42_4E_47_51_45_58_50L;
    private static final String REQUEST = "{\"demand\":[{\"habitat\":\"Grassland - Modified grassland\",\"units\":%s}],"
            + "\"site\":{\"lpa\":\"Test Valley\",\"nca\":\"South Hampshire Lowlands\"}}";
    private static final Map<String, String> SETTINGS = Map.of("QUOTE_EXPIRY_INTERVAL_SECONDS", "1", "WORKERS_PER_INSTANCE", "1",
            "QUOTE_REFERENCE_START", "99999");

    private static PayaraMicroProcess first;
    private static PayaraMicroProcess second;

    @BeforeAll
    static void twoInstances() throws Exception {
        first = SERVICES.startHealthy("quotes-first", with("INSTANCE_NAME", "quotes-first"));
        second = SERVICES.startAnother("quotes-second", with("INSTANCE_NAME", "quotes-second"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (PayaraMicroProcess instance : new PayaraMicroProcess[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        SERVICES.drop();
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
        settings.put(name, value);
        return settings;
    }

    @Test
    @Order(1)
    void expiryRunsOnOneInstanceAtATimeAndExpiresEachQuoteOnce() throws Exception {
        TokenApi api = api(first);
        BigDecimal quotedAtFirst = single("select sum(quoted) from stock");
        List<String> references = new ArrayList<>();
        for (String units : List.of("1.1", "1.2", "1.3")) {
            references.add(issued(api, api.finishedJob(REQUEST.formatted(units))));
        }
        assertThat(references).as("numbered from QUOTE_REFERENCE_START, six digits from 100000")
                .containsExactly("BNG-A-99999", "BNG-A-100000", "BNG-A-100001");
        assertThat(single("select sum(quoted) from stock")).as("held").isGreaterThan(quotedAtFirst);

        try (Connection holder = TestDatabases.connect(DATABASE)) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + EXPIRY_LOCK + ")");
            }
            execute("update quotes set valid_until = current_date - 2 where status = 'ISSUED'");
            long runsBefore = single("select count(*) from quote_expiry_runs").longValue();
            Thread.sleep(3_000);
            assertThat(single("select count(*) from quotes where status = 'EXPIRED'").intValue())
                    .as("while another holds the lock, no instance expires anything").isZero();
            assertThat(single("select count(*) from quote_expiry_runs").longValue()).isEqualTo(runsBefore);
            holder.rollback();
        }

        await(() -> single("select count(*) from quotes where status = 'EXPIRED'").intValue() == 3, Duration.ofSeconds(30));
        Thread.sleep(2_500);
        for (String reference : references) {
            JsonNode quote = api.expect(200, "GET", "api/quotes/" + reference, null);
            assertThat(quote.get("status").asText()).isEqualTo("EXPIRED");
            assertThat(quote.get("events")).filteredOn(event -> "EXPIRED".equals(event.get("to").asText())).hasSize(1);
        }
        assertThat(single("select sum(quoted) from stock")).as("the holds released").isEqualByComparingTo(quotedAtFirst);

        List<OffsetDateTime[]> runs = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select started_at, finished_at, instance from quote_expiry_runs order by started_at")) {
            while (row.next()) {
                runs.add(new OffsetDateTime[] {row.getObject(1, OffsetDateTime.class), row.getObject(2, OffsetDateTime.class)});
                instances.add(row.getString(3));
            }
        }
        assertThat(runs.size()).as("runs each second on one of two instances").isGreaterThan(3);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i)[0]).as("run " + i + " starts after run " + (i - 1) + " finished").isAfterOrEqualTo(runs.get(i - 1)[1]);
        }
        assertThat(single("select sum(expired) from quote_expiry_runs").intValue()).as("each quote expired by one run").isEqualTo(3);
        assertThat(instances).as("both instances take turns").contains("quotes-first", "quotes-second");
    }

    @Test
    @Order(2)
    void anInstanceKilledInTheMiddleOfAnAcceptanceLeavesQuoteAndStockUnchanged() throws Exception {
        TokenApi api = api(first);
        String reference = issued(api, api.finishedJob(REQUEST.formatted("2.5")));
        String stockRow = text("select stock_id from quote_holds where reference = '" + reference + "' order by stock_id limit 1");
        String before = stockState();

        try (Connection blocker = TestDatabases.connect(DATABASE)) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("select * from stock where stock_id = '" + stockRow + "' for update");
            }
            CompletableFuture<HttpResponse<String>> acceptance = api.callAsync("POST", "api/quotes/" + reference + "/accept", null);
            // Waiting for the stock row, with a transaction id: it has written the quote's status, uncommitted.
            await(() -> single("select count(*) from pg_stat_activity where datname = '" + DATABASE + "' and wait_event_type = 'Lock'"
                    + " and backend_xid is not null and query like '%stock%'").intValue() == 1, Duration.ofSeconds(20),
                    QuoteClusterIT::activity);

            first.kill();
            assertThat(acceptance.handle((answer, failure) -> failure).join()).as("the caller got no answer").isNotNull();
            blocker.rollback();
        }
        first = null;

        await(() -> single("select count(*) from pg_stat_activity where datname = '" + DATABASE + "' and query like '%stock%'"
                + " and state <> 'idle' and pid <> pg_backend_pid()").intValue() == 0, Duration.ofSeconds(20), QuoteClusterIT::activity);
        assertThat(text("select status from quotes where reference = '" + reference + "'")).isEqualTo("ISSUED");
        assertThat(stockState()).as("the stock as it was").isEqualTo(before);

        JsonNode accepted = api(second).expect(200, "POST", "api/quotes/" + reference + "/accept", null);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(stockState()).as("both changed, on the instance still running").isNotEqualTo(before);
        assertThat(text("select count(*) from quote_holds where reference = '" + reference + "'")).isEqualTo("0");
    }

    private static String issued(TokenApi api, String jobId) throws Exception {
        String reference = api.expect(201, "POST", "api/quotes", "{\"jobId\":\"" + jobId + "\",\"customer\":{\"name\":\"Cluster "
                + jobId.substring(0, 8) + "\"}}").get("reference").asText();
        api.expect(200, "POST", "api/quotes/" + reference + "/issue", null);
        return reference;
    }

    private static TokenApi api(PayaraMicroProcess instance) {
        return new TokenApi(URI.create(instance.baseUrl() + "/"));
    }

    private static String stockState() throws Exception {
        return text("select string_agg(stock_id || '=' || available_excl_quotes || '/' || quoted, ',' order by stock_id) from stock");
    }

    @FunctionalInterface
    private interface Check {
        boolean passes() throws Exception;
    }

    private static void await(Check check, Duration timeout) throws Exception {
        await(check, timeout, () -> "");
    }

    private static void await(Check check, Duration timeout, java.util.concurrent.Callable<String> state) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.passes()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout + " " + state.call());
            }
            Thread.sleep(100);
        }
    }

    /** What the database's sessions are doing, for a failure to say. */
    private static String activity() throws Exception {
        return text("select string_agg(state || '|' || coalesce(wait_event_type, '') || '|' || coalesce(backend_xid::text, '') || '|'"
                + " || left(query, 120), E'\\n') from pg_stat_activity where datname = '" + DATABASE + "'");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static BigDecimal single(String sql) throws Exception {
        return new BigDecimal(text(sql));
    }

    private static String text(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
