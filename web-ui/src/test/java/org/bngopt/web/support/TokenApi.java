package org.bngopt.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** JSON calls with the provisioned API token, as an internal system makes them. */
public record TokenApi(URI base) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final ObjectMapper JSON = new ObjectMapper();

    public HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        return HTTP.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    /** A download: the status and the bytes. */
    public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return HTTP.send(request("GET", path, null), HttpResponse.BodyHandlers.ofByteArray());
    }

    public CompletableFuture<HttpResponse<String>> callAsync(String method, String path, String body) {
        return HTTP.sendAsync(request(method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON of a call that must answer {@code status}. */
    public JsonNode expect(int status, String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = call(method, path, body);
        if (answer.statusCode() != status) {
            throw new AssertionError(method + " " + path + " answered " + answer.statusCode() + ", not " + status + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /**
     * Submits a quote request and waits until its job has finished and can be read (a cache hit's history row
     * is written in the background); returns the job id.
     */
    public String finishedJob(String request) throws IOException, InterruptedException {
        String id = JSON.readTree(call("POST", "api/jobs", request).body()).get("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> job = call("GET", "api/jobs/" + id + "?waitMillis=5000", null);
            if (job.statusCode() == 200 && "finished".equals(JSON.readTree(job.body()).path("status").asText())) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish within 30 s");
    }

    private HttpRequest request(String method, String path, String body) {
        return Credentials.request(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
