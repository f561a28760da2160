package org.bngopt.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person signed in through the sign-in page, over plain HTTP: the session cookie and the form's view state. */
public final class Session {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' CSP mode: a form sent back must carry its page's nonce, as the page's script adds it. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final String NONCE_FIELD = "primefaces.nonce";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private Session(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
    }

    /** The session id in this session's cookie. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
    }

    /** Signs in; the answer to the form is kept so tests can look at refusals. */
    public static Session signIn(URI base, String username, String password) throws IOException, InterruptedException {
        Session session = new Session(base);
        HttpResponse<String> answer = session.submitSignIn(username, password);
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + answer.statusCode());
        }
        return session;
    }

    public static Session anonymous(URI base) {
        return new Session(base);
    }

    public static Session admin(URI base) throws IOException, InterruptedException {
        return signIn(base, Credentials.ADMIN, Credentials.ADMIN_PASSWORD);
    }

    /** Posts the sign-in form as a browser would; 302 away from it when the password was right. */
    public HttpResponse<String> submitSignIn(String username, String password) throws IOException, InterruptedException {
        String form = get("login.xhtml").body();
        return postForm("login.xhtml", Map.of("signin", "signin", "signin:username", username,
                "signin:password", password, "signin:submit", "", "jakarta.faces.ViewState", viewState(form)));
    }

    /** The sign-in form as it arrives through the trusted proxy (the tests' TRUSTED_PROXIES) from {@code clientAddress}. */
    public HttpResponse<String> submitSignIn(String username, String password, String clientAddress)
            throws IOException, InterruptedException {
        String form = get("login.xhtml").body();
        return send(form("login.xhtml", Map.of("signin", "signin", "signin:username", username,
                "signin:password", password, "signin:submit", "", "jakarta.faces.ViewState", viewState(form)))
                .header("X-Forwarded-For", clientAddress));
    }

    public static String viewState(String page) {
        Matcher found = VIEW_STATE.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return found.group(1);
    }

    private volatile String nonce;

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        Matcher found = NONCE.matcher(page.body());
        if (found.find()) {
            nonce = found.group(1);
        }
        return page;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(form(path, fields));
    }

    public HttpResponse<byte[]> postForBytes(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(form(path, fields).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The form as the page's script sends it: with the nonce of the page last fetched, unless the test set one. */
    private HttpRequest.Builder form(String path, Map<String, String> given) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(given);
        if (nonce != null) {
            fields.putIfAbsent(NONCE_FIELD, nonce);
        }
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** An API call as the pages make it: the session cookie and the pages' header. */
    public HttpResponse<String> api(String method, String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("X-Requested-By", "tests")
                .header("Content-Type", contentType).method(method, body));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits up to 10 s for an audit entry (they are written in the background); this session must be an admin's. */
    public void awaitAudit(String action, String actor) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String log;
        do {
            log = get("api/admin/audit?size=200").body();
            if (log.contains("\"action\":\"" + action + "\"") && log.contains("\"actor\":\"" + actor + "\"")) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no audit entry '" + action + "' by '" + actor + "' within 10 s: " + log);
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
