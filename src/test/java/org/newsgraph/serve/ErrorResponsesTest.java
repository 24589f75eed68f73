package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.HttpTestClient.enc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.testing.TestServer;

/**
 * Every kind of error the server answers tells the client what went wrong in a line of its own, and nothing about
 * the server's insides: no stack trace, no exception class, no file path, not the store's folder.
 */
class ErrorResponsesTest {

    static final String TOKEN = "error-test-token-0123456789";
    static final int QUERY_LIMIT = 4096;

    @RegisterExtension
    static final TestServer SERVER = TestServer.onFixture(o -> o.withTimeout(Duration.ofSeconds(1))
            .withWriteToken(TOKEN).withBodyLimits(QUERY_LIMIT, 8192));
    static final HttpTestClient http = SERVER.http();

    /** One failing request: its name, the request, the status it must get. */
    record Case(HttpRequest request, int status) {
    }

    static Named<Case> get(String name, String path, String accept, int status) {
        HttpRequest.Builder request = http.request(path).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return Named.of(name, new Case(request.build(), status));
    }

    static Named<Case> send(String name, String path, String method, String contentType, String body, String bearer,
                            int status) {
        return Named.of(name, new Case(http.withBody(path, method, contentType,
                HttpRequest.BodyPublishers.ofString(body), bearer).build(), status));
    }

    static Stream<Named<Case>> errors() {
        String json = "application/sparql-results+json";
        String triple = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .";
        return Stream.of(
                get("malformed SPARQL in a GET", "newsgraph/sparql?query=" + enc("SELECT ?x WHERE { ?x ?y }"), json, 400),
                send("malformed SPARQL in a POST", "newsgraph/sparql", "POST", "application/sparql-query",
                        "SELEC * WHERE { ?s ?p ?o", null, 400),
                send("malformed SPARQL in a form", "newsgraph/query", "POST", "application/x-www-form-urlencoded",
                        "query=" + enc("ASK { <not an iri> ?p ?o }"), null, 400),
                get("an empty query", "newsgraph/sparql?query=", json, 400),
                get("an unknown dataset", "other/sparql?query=" + enc("ASK {}"), json, 404),
                get("an unknown endpoint of the dataset", "newsgraph/nothing?query=" + enc("ASK {}"), json, 404),
                get("an unknown page", "no/such/page.html", "text/html", 404),
                get("an unknown graph in the Graph Store", "newsgraph/data?graph=" + enc("http://example.org/none"),
                        "text/turtle", 404),
                send("a method the endpoint does not take", "newsgraph/sparql", "DELETE", "text/plain", "", null, 405),
                get("an unknown API", "api/nothing", null, 404),
                get("an API IRI that is not an IRI", "api/actor?iri=" + enc("not an iri"), null, 400),
                get("an API number that is not a number", "api/search?q=x&limit=" + enc("ten"), null, 400),
                get("an API date that is not a date", "api/events?from=" + enc("yesterday"), null, 400),
                get("an API code that is not a code", "api/events?code=" + enc("17x"), null, 400),
                get("an unknown IRI in the API", "api/actor?iri=" + enc(TestServer.ID + "person/nobody"), null, 404),
                get("a Graph Store graph name that is not an IRI", "newsgraph/data?graph=" + enc("not an iri"),
                        "text/turtle", 404),
                get("a query too long for a URL (Fuseki takes 512 KiB)", "newsgraph/sparql?query="
                        + enc("ASK {}\n#" + "x".repeat(600_000)), json, 414),
                get("an unknown /id/ IRI", "id/person/nobody-at-all", "text/turtle", 404),
                get("an /id/ IRI in a format not offered", "id/person/karim-massimov", "image/png", 406),
                send("a query body over the limit", "newsgraph/sparql", "POST", "application/sparql-query",
                        "ASK {}\n#" + "x".repeat(QUERY_LIMIT), null, 413),
                get("a query that runs out of time", "newsgraph/sparql?query="
                        + enc("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), json, 503),
                send("an update without the token", "newsgraph/update", "POST", "application/sparql-update",
                        "INSERT DATA { " + triple + " }", null, 401),
                send("a Graph Store write with a wrong token", "newsgraph/data?graph=" + enc("http://example.org/g"),
                        "PUT", "text/turtle", triple, TOKEN + "x", 401),
                send("an update that does not parse", "newsgraph/update", "POST", "application/sparql-update",
                        "INSERT DATA { <http://example.org/s> ", TOKEN, 400),
                send("a Graph Store write that does not parse", "newsgraph/data?graph=" + enc("http://example.org/g"),
                        "PUT", "text/turtle", "<http://example.org/s> <http://example.org/p> .", TOKEN, 400),
                send("an update on the query endpoint", "newsgraph/sparql", "POST", "application/sparql-update",
                        "INSERT DATA { " + triple + " }", TOKEN, 415));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorsSayWhatWentWrongAndNothingOfTheServersInsides(Case error) {
        HttpResponse<String> response = http.send(error.request());
        String body = response.body();
        assertThat(response.statusCode()).as(body).isEqualTo(error.status());
        assertSaysNothingOfTheServer(body);
    }

    /** Broken percent-encoding, which no Java HTTP client will send: written on a socket as it is. */
    @Test
    void brokenPercentEncodingIsABadRequestToo() throws IOException {
        for (String target : new String[] {"/id/person/%ZZ", "/api/search?q=%ZZ", "/newsgraph/sparql?query=%E0%A4%A"}) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), SERVER.server().port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).as(target).startsWith("HTTP/1.1 400");
                assertSaysNothingOfTheServer(response.substring(response.indexOf("\r\n\r\n") + 4));
            }
        }
    }

    private static void assertSaysNothingOfTheServer(String body) {
        assertThat(body).as("a reason in the body").isNotBlank();
        assertThat(body).as("no stack trace or exception").doesNotContain("\tat ", "at org.", "at java.", "Exception",
                "Caused by", ".java:");
        assertThat(body).as("no path of this machine").doesNotContain(SERVER.storeDir().toString(),
                SERVER.storeDir().getParent().toString(), System.getProperty("user.dir"), System.getProperty("user.home") + "/",
                "/tmp/", "/work/");
    }
}
