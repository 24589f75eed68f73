package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.testing.TestServer;

/**
 * Request bodies over the server's limits are refused with 413 and a one-line reason, whether or not the client
 * announces the length; bodies within the limits, including form-encoded queries larger than Jetty's own form
 * ceiling, are answered as before.
 */
class BodySizeLimitTest {

    static final String TOKEN = "body-limit-token-0123456789";
    static final int QUERY_LIMIT = 300_000;
    static final int WRITE_LIMIT = 1_000_000;
    static final String JSON_RESULTS = "application/sparql-results+json";
    /** True on the fixture: it holds Massimov's name. */
    static final String ASK = "ASK { ?s ?p \"Karim Massimov\"@en }\n";

    @RegisterExtension
    static final TestServer SERVER = TestServer.onFixture(o -> o.withWriteToken(TOKEN).withBodyLimits(QUERY_LIMIT, WRITE_LIMIT));
    static final HttpTestClient http = SERVER.http();

    /** {@link #ASK} padded with a comment to exactly {@code bytes} bytes. */
    static String askOfSize(int bytes) {
        return ASK + "#" + "x".repeat(bytes - ASK.length() - 1);
    }

    static String form(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** A request whose length is not announced: Java's client then sends the body in chunks. */
    static HttpResponse<String> chunked(String path, String method, String contentType, String body, String bearer) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.send(http.withBody(path, method, contentType,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), bearer)
                .header("Accept", JSON_RESULTS).build());
    }

    /** POSTs a query (as a body of {@code contentType}) and asks for JSON results. */
    static HttpResponse<String> query(String contentType, String body) {
        return http.send(http.withBody("newsgraph/sparql", "POST", contentType, HttpRequest.BodyPublishers.ofString(body), null)
                .header("Accept", JSON_RESULTS).build());
    }

    static boolean answer(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.parse(response.body()).get("boolean").getAsBoolean().value();
    }

    static void assertRefused(HttpResponse<String> response, int limit) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body().strip()).startsWith("request body too large: this server takes at most " + limit + " bytes")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void queriesWithinTheLimitAreAnsweredWhateverTheirEncoding() {
        String query = askOfSize(QUERY_LIMIT);
        assertThat(answer(query("application/sparql-query", query))).isTrue();
        // larger than Jetty's default form limit (200,000 bytes), within ours
        String formQuery = form(askOfSize(250_000));
        assertThat(answer(query("application/x-www-form-urlencoded", formQuery))).isTrue();
        assertThat(answer(chunked("newsgraph/sparql", "POST", "application/sparql-query", query, null))).isTrue();
        assertThat(answer(chunked("newsgraph/query", "POST", "application/x-www-form-urlencoded", formQuery, null)))
                .isTrue();
    }

    @Test
    void aQueryOverTheLimitGets413AndTheServerGoesOn() {
        String query = askOfSize(QUERY_LIMIT + 1);
        assertRefused(http.post("newsgraph/sparql", "application/sparql-query", query, null), QUERY_LIMIT);
        assertRefused(http.post("newsgraph/sparql", "application/x-www-form-urlencoded", form(query), null), QUERY_LIMIT);
        assertRefused(chunked("newsgraph/sparql", "POST", "application/sparql-query", query, null), QUERY_LIMIT);
        assertRefused(chunked("newsgraph/sparql", "POST", "application/x-www-form-urlencoded", form(query), null),
                QUERY_LIMIT);
        assertThat(answer(query("application/sparql-query", ASK))).isTrue();
    }

    @Test
    void writesMayBeLargerThanQueriesButNotWithoutLimit() {
        String within = turtle(WRITE_LIMIT - 1000, "within");
        assertThat(within.length()).isGreaterThan(QUERY_LIMIT);
        HttpResponse<String> put = http.put("newsgraph/data?graph=http://example.org/big", "text/turtle", within, TOKEN);
        assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
        assertThat(answer(query("application/sparql-query",
                "ASK { GRAPH <http://example.org/big> { ?s ?p \"within 0\" } }"))).isTrue();

        String over = turtle(WRITE_LIMIT + 1000, "over");
        assertRefused(http.put("newsgraph/data?graph=http://example.org/over", "text/turtle", over, TOKEN), WRITE_LIMIT);
        assertRefused(chunked("newsgraph/data?graph=http://example.org/over", "PUT", "text/turtle", over, TOKEN),
                WRITE_LIMIT);
        assertRefused(http.post("newsgraph/update", "application/sparql-update",
                "INSERT DATA { GRAPH <http://example.org/over> { " + over + " } }", TOKEN), WRITE_LIMIT);
        assertThat(answer(query("application/sparql-query",
                "ASK { GRAPH <http://example.org/over> { ?s ?p ?o } }"))).isFalse();
    }

    @Test
    void aStrangersLargeWriteIsRefusedAsUnauthorisedUnread() {
        String over = turtle(WRITE_LIMIT + 1000, "stranger");
        assertThat(http.put("newsgraph/data?graph=http://example.org/stranger", "text/turtle", over, null).statusCode())
                .isEqualTo(401);
    }

    /** N-Triples-style Turtle of about {@code bytes} bytes, objects {@code "<tag> 0"}, {@code "<tag> 1"}, … */
    static String turtle(int bytes, String tag) {
        StringBuilder out = new StringBuilder(bytes + 100);
        for (int i = 0; out.length() < bytes; i++) {
            out.append("<http://example.org/s> <http://example.org/p> \"").append(tag).append(' ').append(i).append("\" .\n");
        }
        return out.toString();
    }
}
