package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.HttpTestClient.enc;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.testing.TestServer;

/** A runaway query is stopped by the server's timeout, and the server goes on answering. */
class QueryTimeoutTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onFixture(o -> o.withTimeout(Duration.ofSeconds(1)));
    static final HttpTestClient http = SERVER.http();

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
