package org.newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/** Plain HTTP requests against a test server, without following redirects (tests look at them). */
public final class HttpTestClient {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<URI> base;

    public HttpTestClient(URI base) {
        this(() -> base);
    }

    /** A client of a server whose address is known only once it has started (a {@link TestServer}'s). */
    public HttpTestClient(Supplier<URI> base) {
        this.base = base;
    }

    /** {@code text} percent-encoded for a query string. */
    public static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** GET {@code path} (relative to the server's root), with an Accept header unless {@code accept} is null. */
    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = request(path).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    /** POST {@code body}, with a bearer token unless {@code bearer} is null. */
    public HttpResponse<String> post(String path, String contentType, String body, String bearer) {
        return send(withBody(path, "POST", contentType, HttpRequest.BodyPublishers.ofString(body), bearer).build());
    }

    /** PUT {@code body}, with a bearer token unless {@code bearer} is null. */
    public HttpResponse<String> put(String path, String contentType, String body, String bearer) {
        return send(withBody(path, "PUT", contentType, HttpRequest.BodyPublishers.ofString(body), bearer).build());
    }

    /**
     * Sends any request built on {@link #request}. A request that finds its pooled keep-alive connection already
     * closed by the server gets no byte back; the JDK client retries only idempotent methods on its own, so a POST
     * or PUT is sent once more here, on a fresh connection. A server that really answers nothing fails twice.
     */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request for {@code path} on this server, for what the shorthand methods do not cover. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.get().resolve(path)).timeout(Duration.ofSeconds(60));
    }

    /** A request with a body, to add headers to and build; {@code bearer} null for none. */
    public HttpRequest.Builder withBody(String path, String method, String contentType, HttpRequest.BodyPublisher body,
                                        String bearer) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType).method(method, body);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }
}
