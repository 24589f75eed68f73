package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** A runaway query is stopped by the server's timeout, and the server goes on answering. */
class QueryTimeoutTest {

    @TempDir
    static Path dir;
    static Store store;
    static NewsgraphServer server;
    static HttpTestClient http;

    @BeforeAll
    static void start() {
        store = FixtureStore.create(dir);
        server = NewsgraphServer.start(store.datasetGraph(),
                ServeOptions.defaults(ServerHttpTest.ID, 0).withTimeout(Duration.ofSeconds(1)));
        http = new HttpTestClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aRunawayQueryIsStoppedAndTheServerStaysUp() {
        // 3,000 quads to the fourth power: hours of work without the timeout
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> response = http.get("newsgraph/sparql?query=" + enc(slow), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(http.get("newsgraph/sparql?query=" + enc("ASK {}"), "application/sparql-results+json").statusCode())
                .isEqualTo(200);
    }
}
