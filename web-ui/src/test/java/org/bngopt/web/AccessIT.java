package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.SampleRequests;
import org.bngopt.web.support.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Who reaches what (issue 8), on a real instance: the role matrix of every endpoint and page for an
 * anonymous caller, a quoter, an admin, an API token and an expired and a revoked token; quoters'
 * own history; revocation within seconds; the slow-down of guessed passwords; and forged forms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessIT extends DeployedApplication {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String QUOTER = "quoter.one";
    private static final String QUOTER_PASSWORD = "kestrel-meadow-ledger-7";

    enum Caller { ANONYMOUS, QUOTER, ADMIN, API_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN }

    /** What a caller may get: in, refused as unknown (401, or sent to sign in), or refused for its role (403). */
    enum Outcome { IN, SIGN_IN, FORBIDDEN }

    private record Endpoint(String method, String path, String body) {
        boolean page() {
            return !path.startsWith("api/") && !path.startsWith("metrics") && !path.startsWith("openapi");
        }
    }

    private static Session admin;
    private static Session quoter;
    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);

    @Test
    @Order(1)
    void anAdminCreatesAQuoterAndIssuesAndRevokesTokens() throws Exception {
        admin = Session.admin(uri());
        HttpResponse<String> created = admin.api("POST", "api/admin/users", HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"" + QUOTER + "\",\"password\":\"" + QUOTER_PASSWORD + "\",\"role\":\"quoter\"}"), "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(QUOTER_PASSWORD);
        HttpResponse<String> weak = admin.api("POST", "api/admin/users", HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"weak\",\"password\":\"short\",\"role\":\"quoter\"}"), "application/json");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"");
        quoter = Session.signIn(uri(), QUOTER, QUOTER_PASSWORD);

        TOKENS.put(Caller.API_TOKEN, Credentials.API_TOKEN);
        TOKENS.put(Caller.EXPIRED_TOKEN, issue("soon-expired", OffsetDateTime.now().plusSeconds(2)).path("secret").asText());
        JsonNode revoked = issue("revoked", null);
        TOKENS.put(Caller.REVOKED_TOKEN, revoked.path("secret").asText());
        assertThat(status(Caller.REVOKED_TOKEN, new Endpoint("GET", "api/info", null))).as("works before revocation").isEqualTo(200);
        assertThat(admin.api("DELETE", "api/admin/tokens/" + revoked.path("id").asText(), HttpRequest.BodyPublishers.noBody(),
                "application/json").statusCode()).isEqualTo(204);
        assertThat(status(Caller.REVOKED_TOKEN, new Endpoint("GET", "api/info", null))).as("refused at once on this instance")
                .isEqualTo(401);

        HttpResponse<String> tokens = admin.send(HttpRequest.newBuilder(uri().resolve("api/admin/tokens")));
        assertThat(tokens.body()).contains("\"name\":\"revoked\"").doesNotContain(TOKENS.get(Caller.REVOKED_TOKEN));
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement()) {
            var stored = statement.executeQuery("select token_hash from api_tokens where name = 'revoked'");
            stored.next();
            assertThat(stored.getString(1)).as("only a hash is stored").hasSize(64)
                    .isNotEqualTo(TOKENS.get(Caller.REVOKED_TOKEN));
        }
        Thread.sleep(2_500);
    }

    @Test
    @Order(2)
    void everyEndpointAndPageAnswersEachCallerByItsRole() throws Exception {
        String unknownJob = UUID.randomUUID().toString();
        Map<Endpoint, Outcome[]> matrix = new java.util.LinkedHashMap<>();
        // Columns: anonymous, quoter, admin, API token (expired and revoked tokens are treated as anonymous).
        Outcome[] everyone = {Outcome.IN, Outcome.IN, Outcome.IN, Outcome.IN};
        Outcome[] anyRole = {Outcome.SIGN_IN, Outcome.IN, Outcome.IN, Outcome.IN};
        Outcome[] people = {Outcome.SIGN_IN, Outcome.IN, Outcome.IN, Outcome.FORBIDDEN};
        Outcome[] admins = {Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.IN, Outcome.FORBIDDEN};
        Outcome[] monitoring = {Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.IN, Outcome.IN};
        matrix.put(new Endpoint("GET", "api/health", null), everyone);
        matrix.put(new Endpoint("GET", "health/ready", null), everyone);
        matrix.put(new Endpoint("GET", "login.xhtml", null), everyone);
        for (String path : List.of("api/info", "api/floor", "api/jobs", "api/jobs/" + unknownJob, "api/reference/habitats",
                "api/reference/lpas", "api/reference/ncas", "api/reference/banks", "api/reference/stock",
                "api/reference/prices", "api/reference/export.zip", "api/reference/export.xlsx", "openapi", "docs/")) {
            matrix.put(new Endpoint("GET", path, null), anyRole);
        }
        matrix.put(new Endpoint("POST", "api/jobs", SampleRequests.P01), anyRole);
        matrix.put(new Endpoint("DELETE", "api/jobs/" + unknownJob, null), anyRole);
        matrix.put(new Endpoint("GET", "metrics", null), monitoring);
        for (String page : List.of("", "index.xhtml", "quote.xhtml", "history.xhtml", "reference.xhtml")) {
            matrix.put(new Endpoint("GET", page, null), people);
        }
        for (String page : List.of("admin/access.xhtml", "admin/reference.xhtml")) {
            matrix.put(new Endpoint("GET", page, null), admins);
        }
        matrix.put(new Endpoint("DELETE", "api/cache", null), admins);
        for (String path : List.of("api/admin/users", "api/admin/tokens", "api/admin/audit")) {
            matrix.put(new Endpoint("GET", path, null), admins);
        }
        matrix.put(new Endpoint("POST", "api/admin/users", "{}"), admins);
        matrix.put(new Endpoint("PUT", "api/admin/users/nobody/enabled", "{\"enabled\":false}"), admins);
        matrix.put(new Endpoint("PUT", "api/admin/users/nobody/password", "{\"password\":\"long-enough-password\"}"), admins);
        matrix.put(new Endpoint("POST", "api/admin/tokens", "{}"), admins);
        matrix.put(new Endpoint("DELETE", "api/admin/tokens/" + unknownJob, null), admins);
        matrix.put(new Endpoint("POST", "api/admin/reference/import", "not a workbook"), admins);
        matrix.put(new Endpoint("PUT", "api/admin/reference/stock/NO-SUCH-PARCEL", "{\"availableExclQuotes\":1,\"quoted\":0}"), admins);
        matrix.put(new Endpoint("PUT", "api/admin/reference/prices", "{}"), admins);

        List<String> seen = new ArrayList<>();
        assertSoftly(softly -> matrix.forEach((endpoint, outcomes) -> {
            for (Caller caller : Caller.values()) {
                Outcome expected = switch (caller) {
                    case ANONYMOUS, EXPIRED_TOKEN, REVOKED_TOKEN -> outcomes[0];
                    case QUOTER -> outcomes[1];
                    case ADMIN -> outcomes[2];
                    case API_TOKEN -> outcomes[3];
                };
                int status = status(caller, endpoint);
                seen.add(endpoint.method() + " /" + endpoint.path() + " " + caller + " " + status);
                String what = endpoint.method() + " /" + endpoint.path() + " as " + caller;
                switch (expected) {
                    case IN -> softly.assertThat(status).as(what).isBetween(200, 499).isNotIn(401, 403);
                    case FORBIDDEN -> softly.assertThat(status).as(what).isEqualTo(403);
                    case SIGN_IN -> softly.assertThat(status).as(what).isEqualTo(endpoint.page() ? 302 : 401);
                }
            }
        }));
        System.out.println("AccessIT role matrix: " + matrix.size() + " paths x " + Caller.values().length + " callers: " + seen);
    }

    @Test
    @Order(3)
    void aQuoterSeesOnlyItsOwnHistoryAndAnAdminSeesAll() throws Exception {
        String mine = submit(quoter, SampleRequests.distinct(101, 2));
        HttpResponse<String> byToken = HTTP.send(Credentials.request(uri().resolve("api/jobs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SampleRequests.distinct(102, 2)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String theirs = JSON.readTree(byToken.body()).path("id").asText();

        assertThat(quoter.get("api/jobs?size=200").body()).contains(mine).doesNotContain(theirs);
        assertThat(admin.get("api/jobs?size=200").body()).contains(mine, theirs);
        assertThat(quoter.get("history.xhtml").body()).doesNotContain("Users and tokens");
    }

    @Test
    @Order(4)
    void aTokenRevokedElsewhereIsRefusedWithinSeconds() throws Exception {
        JsonNode token = issue("revoked-elsewhere", null);
        Caller caller = Caller.API_TOKEN;
        TOKENS.put(caller, token.path("secret").asText());
        try {
            assertThat(status(caller, new Endpoint("GET", "api/info", null))).isEqualTo(200);
            // As another instance's revocation looks to this one: the row changes, this instance's memory does not.
            try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement()) {
                statement.executeUpdate("update api_tokens set revoked_at = now() where name = 'revoked-elsewhere'");
            }
            long revoked = System.nanoTime();
            while (status(caller, new Endpoint("GET", "api/info", null)) == 200) {
                assertThat(Duration.ofNanos(System.nanoTime() - revoked)).isLessThan(Duration.ofSeconds(10));
                Thread.sleep(200);
            }
            System.out.printf("AccessIT: a revocation made elsewhere took effect after %.1f s%n", (System.nanoTime() - revoked) / 1e9);
        } finally {
            TOKENS.put(caller, Credentials.API_TOKEN);
        }
    }

    @Test
    @Order(5)
    void guessingAPasswordIsSlowedDownAndAudited() throws Exception {
        admin.api("POST", "api/admin/users", HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"target\",\"password\":\"the-right-password\",\"role\":\"quoter\"}"), "application/json");
        Session attacker = Session.anonymous(uri());
        for (int guess = 0; guess < 6; guess++) {
            HttpResponse<String> refused = attacker.submitSignIn("target", "guess-" + guess);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).containsAnyOf("Wrong user name or password.", "Too many failed sign-ins");
        }
        HttpResponse<String> right = attacker.submitSignIn("target", "the-right-password");
        assertThat(right.statusCode()).as("even the right password waits after six failures").isEqualTo(200);
        assertThat(right.body()).contains("Too many failed sign-ins. Try again in");
        assertThat(attacker.get("quote.xhtml").statusCode()).as("still signed out").isEqualTo(302);

        admin.awaitAudit("sign-in failed", "target");
    }

    @Test
    @Order(6)
    void forgedAdminFormsAndApiCallsChangeNothing() throws Exception {
        String form = admin.get("admin/access.xhtml").body();
        assertThat(form).contains("access:create-user");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("access", "access", "access:new-username", "forged",
                "access:new-password", "a-forged-password", "access:new-role_input", "admin", "access:create-user", "",
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "access:create-user",
                "jakarta.faces.partial.execute", "@all"));
        fields.put("jakarta.faces.partial.render", "access");
        fields.put("jakarta.faces.ViewState", "-1234567890:987654321");
        HttpResponse<String> forged = admin.postForm("admin/access.xhtml", fields);
        fields.remove("jakarta.faces.ViewState");
        HttpResponse<String> noState = admin.postForm("admin/access.xhtml", fields);
        HttpResponse<String> noHeader = admin.send(HttpRequest.newBuilder(uri().resolve("api/admin/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"forged2\",\"password\":\"a-forged-password\",\"role\":\"admin\"}")));

        assertThat(forged.body()).doesNotContain("User forged created");
        assertThat(noState.body()).doesNotContain("User forged created");
        assertThat(forged.body() + noState.body()).as("no stack trace").doesNotContain("\tat ", "at org.bngopt");
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(admin.get("api/admin/users").body()).doesNotContain("forged");

        // The same form with the page's own view state does create the user.
        fields.put("jakarta.faces.ViewState", Session.viewState(form));
        fields.put("access:new-username", "genuine");
        assertThat(admin.postForm("admin/access.xhtml", fields).body()).contains("User genuine created");
    }

    @Test
    @Order(7)
    void signingOutEndsTheSession() throws Exception {
        Session leaving = Session.signIn(uri(), QUOTER, QUOTER_PASSWORD);
        String page = leaving.get("quote.xhtml").body();
        HttpResponse<String> out = leaving.postForm("quote.xhtml", Map.of("signout", "signout", "signout:signout-link",
                "signout:signout-link", "jakarta.faces.ViewState", Session.viewState(page)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(leaving.get("quote.xhtml").statusCode()).isEqualTo(302);
        assertThat(leaving.get("api/info").statusCode()).isEqualTo(401);
        HttpResponse<String> ajax = leaving.send(HttpRequest.newBuilder(uri().resolve("quote.xhtml"))
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(ajax.body()).as("an Ajax update after the session ended sends the page to sign in")
                .contains("<redirect url=\"/login.xhtml?next=%2Fquote.xhtml\"/>");
    }

    @Test
    @Order(8)
    void storedTextIsShownEscapedInThePages() throws Exception {
        String image = "<img src=x onerror=alert(1)>";
        String script = "<script>alert(2)</script>";
        submit(quoter, "{\"demand\":[{\"habitat\":\"Grassland - Other neutral grassland\",\"units\":0.7}],"
                + "\"site\":{\"lpa\":\"" + image + "\",\"nca\":\"" + script + "\"}}");

        String page = Session.signIn(uri(), QUOTER, QUOTER_PASSWORD).get("history.xhtml").body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain(image, script);
    }

    @Test
    @Order(9)
    void aDisabledUserIsSignedOutAndANewPasswordReplacesTheOld() throws Exception {
        admin.api("POST", "api/admin/users", HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"leaver\",\"password\":\"first-password-1\",\"role\":\"quoter\"}"), "application/json");
        Session leaver = Session.signIn(uri(), "leaver", "first-password-1");
        assertThat(leaver.get("api/info").statusCode()).isEqualTo(200);

        assertThat(admin.api("PUT", "api/admin/users/leaver/enabled", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"),
                "application/json").statusCode()).isEqualTo(204);
        assertThat(leaver.get("api/info").statusCode()).as("the session ends with the account").isEqualTo(401);
        assertThat(Session.anonymous(uri()).submitSignIn("leaver", "first-password-1").body())
                .contains("Wrong user name or password.");

        admin.api("PUT", "api/admin/users/leaver/enabled", HttpRequest.BodyPublishers.ofString("{\"enabled\":true}"),
                "application/json");
        assertThat(admin.api("PUT", "api/admin/users/leaver/password", HttpRequest.BodyPublishers.ofString(
                "{\"password\":\"second-password-2\"}"), "application/json").statusCode()).isEqualTo(204);
        assertThat(Session.anonymous(uri()).submitSignIn("leaver", "first-password-1").body())
                .contains("Wrong user name or password.");
        assertThat(Session.signIn(uri(), "leaver", "second-password-2").get("quote.xhtml").statusCode()).isEqualTo(200);
        admin.awaitAudit("user disabled", "admin");
    }

    private int status(Caller caller, Endpoint endpoint) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(endpoint.path()))
                    .method(endpoint.method(), endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(endpoint.body()))
                    .header("Content-Type", endpoint.path().endsWith("import") ? "application/octet-stream" : "application/json");
            return switch (caller) {
                case ANONYMOUS -> HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                case QUOTER -> quoter.send(request.header("X-Requested-By", "tests")).statusCode();
                case ADMIN -> admin.send(request.header("X-Requested-By", "tests")).statusCode();
                case API_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN -> HTTP.send(request.header("Authorization",
                        "Bearer " + TOKENS.get(caller)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode issue(String name, OffsetDateTime expiresAt) throws Exception {
        String body = "{\"name\":\"" + name + "\"" + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}";
        HttpResponse<String> issued = admin.api("POST", "api/admin/tokens", HttpRequest.BodyPublishers.ofString(body),
                "application/json");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body());
    }

    private String submit(Session session, String request) throws Exception {
        HttpResponse<String> answer = session.api("POST", "api/jobs", HttpRequest.BodyPublishers.ofString(request),
                "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 202);
        return JSON.readTree(answer.body()).path("id").asText();
    }
}
