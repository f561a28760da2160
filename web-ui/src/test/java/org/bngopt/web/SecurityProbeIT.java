package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bngopt.testsupport.TestDatabases;
import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.SampleRequests;
import org.bngopt.web.support.Session;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holes the security probe of issue 16 found, each shown closed on a real instance: admin resources
 * by role in code, jobs only for those entitled, sessions ended by a password change and never taken
 * from the URL, the throttle behind a proxy, redirects without the Host header, no stored pages, no
 * evaluated scripts, control characters refused, Ajax failures without exception names, the last
 * admin kept, weak passwords refused and unknown tokens audited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityProbeIT extends DeployedApplication {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PASSWORD = "kestrel-meadow-ledger-7";

    private static Session admin;
    private static Session ann;
    private static Session bob;
    private static Session carol;

    @Test
    @Order(1)
    void theLastEnabledAdminCannotBeDisabled() throws Exception {
        admin = Session.admin(uri());
        HttpResponse<String> refused = put(admin, "api/admin/users/admin/enabled", "{\"enabled\":false}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"enabled\"", "last enabled admin");
        assertThat(admin.get("api/info").statusCode()).as("still signed in and enabled").isEqualTo(200);
    }

    @Test
    @Order(2)
    void blankCommonAndNameLikePasswordsAreRefused() throws Exception {
        for (String weak : new String[]{"            ", "Password1234", "qwerty123456", "aaaaaaaaaaaaaa", "xx-ann.lee-xx"}) {
            HttpResponse<String> answer = post(admin, "api/admin/users",
                    "{\"username\":\"ann.lee\",\"password\":\"" + weak + "\",\"role\":\"quoter\"}");
            assertThat(answer.statusCode()).as("'" + weak + "': " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"password\"");
        }
        for (String user : new String[]{"ann", "bob", "carol"}) {
            assertThat(post(admin, "api/admin/users", "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                    + "\",\"role\":\"quoter\"}").statusCode()).isEqualTo(201);
        }
        ann = Session.signIn(uri(), "ann", PASSWORD);
        bob = Session.signIn(uri(), "bob", PASSWORD);
        carol = Session.signIn(uri(), "carol", PASSWORD);
    }

    @Test
    @Order(3)
    void onlyAnAdminEmptiesTheCacheWhateverThePathAndItIsAudited() throws Exception {
        for (String path : new String[]{"api/cache", "api/cache/", "api/cache//"}) {
            assertThat(ann.api("DELETE", path, HttpRequest.BodyPublishers.noBody(), "application/json").statusCode())
                    .as("a quoter deleting /" + path).isIn(403, 404);
            assertThat(HTTP.send(Credentials.request(uri().resolve(path)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("a token deleting /" + path).isIn(403, 404);
        }
        assertThat(ann.api("DELETE", "api/cache/", HttpRequest.BodyPublishers.noBody(), "application/json").statusCode())
                .isEqualTo(403);
        assertThat(admin.api("DELETE", "api/cache", HttpRequest.BodyPublishers.noBody(), "application/json").statusCode())
                .isEqualTo(204);
        admin.awaitAudit("result cache emptied", "admin");
    }

    @Test
    @Order(4)
    void aJobIsSeenByItsSubmitterThoseWhoJoinedItAndAdminsAndCancelledOnlyWhenNobodyElseWaits() throws Exception {
        String request = SampleRequests.distinct(401, 2);
        String id = awaitFinished(ann, submit(ann, request));
        assertThat(bob.get("api/jobs/" + id).statusCode()).as("another quoter").isEqualTo(404);
        assertThat(bob.api("DELETE", "api/jobs/" + id, HttpRequest.BodyPublishers.noBody(), "application/json").statusCode())
                .isEqualTo(404);
        assertThat(bob.get("quote.xhtml?job=" + id).body()).as("the page of another's job").doesNotContain("Total");
        assertThat(admin.get("api/jobs/" + id).statusCode()).isEqualTo(200);

        // Ann's job made live again and off the stream, so that Bob's identical request joins it.
        try (Connection connection = TestDatabases.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update jobs set status = 'queued', result = null, finished_at = null where job_id = '" + id + "'");
        }
        assertThat(admin.api("DELETE", "api/cache", HttpRequest.BodyPublishers.noBody(), "application/json").statusCode())
                .isEqualTo(204);
        assertThat(submit(bob, request)).as("Bob joins Ann's live job").isEqualTo(id);

        assertThat(bob.get("api/jobs/" + id).statusCode()).as("one who joined").isEqualTo(200);
        assertThat(carol.get("api/jobs/" + id).statusCode()).as("one who did not").isEqualTo(404);
        HttpResponse<String> byJoiner = bob.api("DELETE", "api/jobs/" + id, HttpRequest.BodyPublishers.noBody(), "application/json");
        assertThat(byJoiner.statusCode()).as(byJoiner.body()).isEqualTo(403);
        HttpResponse<String> bySubmitter = ann.api("DELETE", "api/jobs/" + id, HttpRequest.BodyPublishers.noBody(), "application/json");
        assertThat(bySubmitter.statusCode()).as(bySubmitter.body()).isEqualTo(409);
        assertThat(bySubmitter.body()).contains("waiting");
        HttpResponse<String> byAdmin = admin.api("DELETE", "api/jobs/" + id, HttpRequest.BodyPublishers.noBody(), "application/json");
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.body()).contains("\"status\":\"cancelled\"");
    }

    @Test
    @Order(5)
    void aPasswordChangeEndsTheUsersOtherSessionsButNotTheOneThatMadeIt() throws Exception {
        Session annElsewhere = Session.signIn(uri(), "ann", PASSWORD);
        assertThat(put(admin, "api/admin/users/ann/password", "{\"password\":\"heron-quarry-lantern-9\"}").statusCode()).isEqualTo(204);

        assertThat(ann.get("api/info").statusCode()).isEqualTo(401);
        assertThat(annElsewhere.get("quote.xhtml").statusCode()).isEqualTo(302);
        assertThat(Session.signIn(uri(), "ann", "heron-quarry-lantern-9").get("api/info").statusCode()).isEqualTo(200);

        assertThat(post(admin, "api/admin/users", "{\"username\":\"second.admin\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"admin\"}").statusCode()).isEqualTo(201);
        Session changing = Session.signIn(uri(), "second.admin", PASSWORD);
        Session other = Session.signIn(uri(), "second.admin", PASSWORD);
        assertThat(put(changing, "api/admin/users/second.admin/password", "{\"password\":\"heron-quarry-lantern-9\"}")
                .statusCode()).isEqualTo(204);
        assertThat(changing.get("api/info").statusCode()).as("the session that changed its own password").isEqualTo(200);
        assertThat(other.get("api/info").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void aSessionIdInTheUrlIsNotAccepted() throws Exception {
        String id = bob.sessionId();
        HttpResponse<String> withId = Session.anonymous(uri()).get("quote.xhtml;jsessionid=" + id);
        assertThat(withId.statusCode()).isEqualTo(302);
        assertThat(withId.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        assertThat(Session.anonymous(uri()).get("api/info;jsessionid=" + id).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(7)
    void behindATrustedProxyAGuesserElsewhereDoesNotLockTheUserOut() throws Exception {
        Session attacker = Session.anonymous(uri());
        for (int guess = 0; guess < 6; guess++) {
            attacker.submitSignIn("carol", "guess-" + guess, "203.0.113.9");
        }
        HttpResponse<String> stillGuessing = attacker.submitSignIn("carol", PASSWORD, "203.0.113.9");
        assertThat(stillGuessing.body()).contains("Too many failed sign-ins");

        HttpResponse<String> carolAtHerDesk = Session.anonymous(uri()).submitSignIn("carol", PASSWORD, "198.51.100.7");
        assertThat(carolAtHerDesk.statusCode()).as("Carol, from her own address, is let in: %s",
                carolAtHerDesk.body().replaceAll("(?s).*(<div[^>]*ui-messages.*?</div>).*", "$1")).isEqualTo(302);
        assertThat(carolAtHerDesk.headers().firstValue("Location").orElse("")).doesNotContain("login");
    }

    @Test
    @Order(8)
    void redirectsNeverEchoTheHostHeader() throws Exception {
        String answer = rawGet("/quote.xhtml", "evil.example");
        assertThat(answer).startsWith("HTTP/1.1 302");
        String location = answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                .orElseThrow(() -> new AssertionError("no Location in " + answer));
        assertThat(location).doesNotContain("evil.example").contains(" /login.xhtml");

        HttpResponse<String> signedIn = Session.anonymous(uri()).submitSignIn(Credentials.ADMIN, Credentials.ADMIN_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("/");
    }

    @Test
    @Order(9)
    void noPageOrSecretIsStoredAndNoScriptIsEvaluated() throws Exception {
        HttpResponse<String> page = bob.get("quote.xhtml");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        HttpResponse<String> token = post(admin, "api/admin/tokens", "{\"name\":\"probe\"}");
        assertThat(token.statusCode()).isEqualTo(201);
        assertThat(token.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(page.headers().allValues("Content-Security-Policy")).isNotEmpty()
                .allSatisfy(policy -> assertThat(policy).doesNotContain("unsafe-eval"))
                .anySatisfy(policy -> assertThat(policy).contains("'nonce-"));
    }

    @Test
    @Order(10)
    void controlCharactersInAFilterAreA400NamingIt() throws Exception {
        HttpResponse<String> answer = bob.get("api/jobs?lpa=Win%00chester");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"lpa\"");
        assertThat(bob.get("api/reference/banks?lpa=%00").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(11)
    void aFailedAjaxUpdateNamesNoException() throws Exception {
        HttpResponse<String> answer = bob.postForm("quote.xhtml", Map.of("quote", "quote",
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "quote:submit",
                "jakarta.faces.partial.execute", "@all", "jakarta.faces.ViewState", "-123:456"));
        assertThat(answer.body()).contains("<redirect").doesNotContain("Exception", "exception", "jakarta.faces");
    }

    @Test
    @Order(13)
    void errorPagesAreStyledPagesWithTheHeader() throws Exception {
        HttpResponse<String> missing = bob.get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"en-GB\"", "app-header", "Not found");
        HttpResponse<String> refused = bob.get("admin/access.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<html lang=\"en-GB\"", "app-header", "Not allowed");
    }

    @Test
    @Order(12)
    void anUnknownTokenIsRefusedAndAudited() throws Exception {
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(uri().resolve("api/info"))
                .header("Authorization", "Bearer bng_not-a-token-anyone-issued").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        admin.awaitAudit("unknown token refused", "unknown token");
    }

    private String submit(Session session, String request) throws Exception {
        HttpResponse<String> answer = post(session, "api/jobs", request);
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 202);
        return JSON.readTree(answer.body()).path("id").asText();
    }

    private String awaitFinished(Session session, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = JSON.readTree(session.get("api/jobs/" + id).body());
            if (job.path("status").asText().equals("finished")) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static HttpResponse<String> post(Session session, String path, String body) throws Exception {
        return session.api("POST", path, HttpRequest.BodyPublishers.ofString(body), "application/json");
    }

    private static HttpResponse<String> put(Session session, String path, String body) throws Exception {
        return session.api("PUT", path, HttpRequest.BodyPublishers.ofString(body), "application/json");
    }

    /** A GET with a Host header of the caller's choosing, which Java's HTTP client will not send. */
    private String rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket(uri().getHost(), uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            return head.toString();
        }
    }
}
