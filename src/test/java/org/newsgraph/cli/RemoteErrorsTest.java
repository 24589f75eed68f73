package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Cli;

/**
 * A SPARQL store that refuses: {@code ingest --target}, {@code remove --target} and {@code query --endpoint} say
 * so on one line naming the URL and the reason (the token is missing or refused, the dataset or endpoint does not
 * exist, the server fails), exit code 1, no stack trace. The server is a stub on a loopback port that answers each
 * path with a fixed status, since a real store gives 403 or 500 only when misconfigured; a server that is not there
 * at all is in {@link RemoteOptionsTest}, a real Fuseki in {@code RemoteTargetIT}.
 */
class RemoteErrorsTest {

    private static final String ARTICLE = "examples/kazakhstan-2022-01-08.ar.txt";
    private static final String ARTICLE_IRI = "https://w3id.org/newsgraph/id/article/x";

    private HttpServer server;
    private String base;
    /** The status each path answers; 200 with an empty ASK result when absent. */
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            Integer status = statuses.get(exchange.getRequestURI().getPath());
            if (status == null) {
                byte[] yes = "{ \"head\": {}, \"boolean\": true }".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
                exchange.sendResponseHeaders(200, yes.length);
                exchange.getResponseBody().write(yes);
            } else {
                exchange.sendResponseHeaders(status, -1);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void assertOneLine(Cli.Result r, String error) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + error + System.lineSeparator());
    }

    @Test
    void aWriteWithoutTheTokenOrWithOneThatMayNotWriteIsOneLineSayingHowToGiveIt() {
        statuses.put("/ds/update", 401);
        for (String command : List.of("ingest", "remove")) {
            assertOneLine(Cli.run(command, "--target", base + "/ds", command.equals("ingest") ? ARTICLE : ARTICLE_IRI),
                    "target " + base + "/ds/update refused the request (401 Unauthorized): give its write token with"
                            + " --target-token-file or NEWSGRAPH_TARGET_TOKEN");
        }
        statuses.put("/ds/update", 403);
        assertOneLine(Cli.run("ingest", "--target", base + "/ds", ARTICLE), "target " + base + "/ds/update refused the"
                + " request (403 Forbidden): the token does not allow writing, or the server is read-only"
                + " (newsgraph serve needs --allow-writes; Fuseki needs --update)");
    }

    @Test
    void aQueryEndpointThatRefusesTheTokenIsOneLineAtTheTargetAndAtAnEndpoint() {
        statuses.put("/repositories/news", 401);
        assertOneLine(Cli.run("ingest", "--target-query", base + "/repositories/news", "--target-update",
                base + "/repositories/news/statements", ARTICLE), "target " + base + "/repositories/news refused the"
                + " request (401 Unauthorized): give its token with --target-token-file or NEWSGRAPH_TARGET_TOKEN");
        statuses.put("/repositories/news", 403);
        assertOneLine(Cli.run("query", "--endpoint", base + "/repositories/news", "actors"),
                "endpoint " + base + "/repositories/news refused the request (403 Forbidden)");
    }

    @Test
    void aDatasetOrEndpointThatIsNotThereIsOneLineSayingWhatToGive() {
        statuses.put("/missing/sparql", 404);
        assertOneLine(Cli.run("remove", "--target", base + "/missing", ARTICLE_IRI), "target " + base + "/missing/sparql"
                + " does not exist (404 Not Found): give the dataset's URL, such as http://localhost:3030/newsgraph,"
                + " or the store's query endpoint with --target-query");
        // explicit endpoints: the query endpoint answers, the update endpoint is misnamed
        statuses.put("/graphdb/statement", 404);
        assertOneLine(Cli.run("ingest", "--target-query", base + "/graphdb", "--target-update", base + "/graphdb/statement",
                ARTICLE), "target " + base + "/graphdb/statement does not exist (404 Not Found): the server does not take"
                + " writes there (newsgraph serve needs --allow-writes; Fuseki needs --update), or give the store's update"
                + " endpoint with --target-update");
    }

    @Test
    void aServerThatFailsIsOneLineWithItsStatus() {
        statuses.put("/ds/update", 500);
        Cli.Result r = Cli.run("ingest", "--target", base + "/ds", ARTICLE);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: target " + base + "/ds/update answered 500").hasLineCount(1)
                .doesNotContain("Exception");
    }
}
