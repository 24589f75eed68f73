package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.HttpTestClient.enc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.QueryLibrary;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.testing.TestServer;

/**
 * 50 analysts at once, on loopback, against the demo store ({@code newsgraph demo}) served by the real server:
 * every library query of {@code queries/} on the SPARQL endpoint (unbound, and bound to an actor as the workbench
 * and the query command do), the JSON API behind every workbench view, and actors' linked-data pages in Turtle and
 * JSON-LD, for {@value #DEFAULT_SECONDS} seconds ({@code -Dnewsgraph.load.seconds=N} shortens it on a developer's
 * machine; CI runs the default). Every response must be a 200 with a body that parses as what it claims to be.
 * Throughput and latency are printed, not asserted: on a shared two-core machine they measure the neighbours too.
 */
class ServerLoadIT {

    static final int CLIENTS = 50;
    static final int DEFAULT_SECONDS = 60;
    static final String SPARQL_JSON = "application/sparql-results+json";

    @RegisterExtension
    static final TestServer SERVER = TestServer.on(ServerLoadIT::demoStore, o -> o);

    /** The store {@code newsgraph demo} builds from the project's examples, as a new user first sees it. */
    static Store demoStore(Path dir) {
        Cli.Result demo = Cli.run("demo", "--store", dir.toString(), "--serve=false");
        assertThat(demo.code()).as(demo.err()).isZero();
        return Store.openExisting(dir);
    }

    /**
     * One kind of request the analysts send, and how to tell its response is whole: a GET of {@code path}, or, when
     * there is a {@code form}, a POST of it (as the workbench's SPARQL editor sends queries: library queries are
     * longer than a URL should be).
     */
    record Kind(String name, String path, String form, String accept, Consumer<String> check) {

        static Kind get(String name, String path, String accept, Consumer<String> check) {
            return new Kind(name, path, null, accept, check);
        }

        static Kind query(String name, String query) {
            return new Kind(name, "newsgraph/sparql", "query=" + enc(query), SPARQL_JSON, ServerLoadIT::sparqlResults);
        }

        HttpRequest request(URI base) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(120));
            return (form == null ? request.GET()
                    : request.header("Content-Type", "application/x-www-form-urlencoded")
                             .POST(HttpRequest.BodyPublishers.ofString(form))).build();
        }
    }

    static List<Kind> kinds;

    @BeforeAll
    static void requestMix() {
        HttpTestClient http = SERVER.http();
        String actor = first(http, "SELECT ?a WHERE { ?e a <https://w3id.org/newsgraph/ontology#Event> ; "
                + "<https://w3id.org/newsgraph/ontology#source> ?a . FILTER isIRI(?a) } ORDER BY ?a LIMIT 1");
        String person = first(http, "SELECT ?p WHERE { ?p a <https://w3id.org/newsgraph/ontology#Person> } ORDER BY ?p LIMIT 1");
        String event = first(http, "SELECT ?e WHERE { ?e a <https://w3id.org/newsgraph/ontology#Event> } ORDER BY ?e LIMIT 1");
        String article = first(http, "SELECT ?a WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> } ORDER BY ?a LIMIT 1");
        String label = first(http, "SELECT ?l WHERE { <" + person + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l LIMIT 1");

        kinds = new ArrayList<>();
        for (String name : QueryLibrary.names()) {
            kinds.add(Kind.query("query " + name, QueryLibrary.text(name).orElseThrow()));
        }
        // bound as `newsgraph query --param` binds it: the variable becomes the IRI, in the projection too
        Query bound = QueryTransformOps.transform(QueryFactory.create(QueryLibrary.text("actor-events").orElseThrow()),
                Map.of(Var.alloc("actor"), NodeFactory.createURI(actor)));
        kinds.add(Kind.query("query actor-events bound", bound.serialize()));
        String apiJson = "application/json";
        kinds.add(Kind.get("api overview", "api/overview", apiJson, ServerLoadIT::json));
        kinds.add(Kind.get("api search", "api/search?q=" + enc(label.substring(0, Math.min(4, label.length()))), apiJson,
                body -> assertThat(parse(body).get("results").getAsArray()).isNotEmpty()));
        kinds.add(Kind.get("api actor", "api/actor?iri=" + enc(actor), apiJson,
                body -> assertThat(parse(body).get("events").getAsArray()).isNotEmpty()));
        kinds.add(Kind.get("api event", "api/event?iri=" + enc(event), apiJson, ServerLoadIT::json));
        kinds.add(Kind.get("api article", "api/article?iri=" + enc(article), apiJson, ServerLoadIT::json));
        kinds.add(Kind.get("api network", "api/network", apiJson,
                body -> assertThat(parse(body).get("nodes").getAsArray()).isNotEmpty()));
        kinds.add(Kind.get("api network of an actor", "api/network?actor=" + enc(actor), apiJson, ServerLoadIT::json));
        kinds.add(Kind.get("api events", "api/events", apiJson,
                body -> assertThat(parse(body).get("events").getAsArray()).isNotEmpty()));
        kinds.add(Kind.get("api events of an actor", "api/events?actor=" + enc(actor), apiJson, ServerLoadIT::json));
        kinds.add(Kind.get("api events csv", "api/events?format=csv", "text/csv",
                body -> assertThat(body.lines().findFirst().orElse("")).startsWith("event,date,cameo_code")));
        kinds.add(Kind.get("api queries", "api/queries", apiJson,
                body -> assertThat(JSON.parseAny(body).getAsArray()).hasSize(QueryLibrary.names().size())));
        String page = "id/" + actor.substring(TestServer.ID.length());
        kinds.add(Kind.get("linked data turtle", page, "text/turtle", body -> rdf(body, Lang.TURTLE)));
        kinds.add(Kind.get("linked data json-ld", page, "application/ld+json", body -> rdf(body, Lang.JSONLD)));

        // once each, one at a time, before the clock starts: a wrong request fails here with its own name, and the
        // figures measure a server that has run each query before, as an analyst's server has
        for (Kind kind : kinds) {
            HttpResponse<String> response = http.send(kind.request(SERVER.server().url()));
            assertThat(response.statusCode()).as(kind.name() + ": " + firstLine(response.body())).isEqualTo(200);
            kind.check().accept(response.body());
        }
    }

    @Test
    void fiftyClientsGetOnlyWholeAnswers() throws Exception {
        Duration duration = Duration.ofSeconds(Long.getLong("newsgraph.load.seconds", DEFAULT_SECONDS));
        URI base = SERVER.server().url();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong errorCount = new AtomicLong();
        long[][] latencies = new long[CLIENTS][];
        int[][] kindOf = new int[CLIENTS][];
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        long[] window = new long[2];
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                long[] mine = new long[1024];
                int[] mineKinds = new int[1024];
                int n = 0;
                ready.countDown();
                go.await();
                long end = window[1];
                // each client walks the mix from its own starting point, so every kind runs concurrently with every other
                for (int i = client; System.nanoTime() < end; i++) {
                    Kind kind = kinds.get(i % kinds.size());
                    HttpRequest request = kind.request(base);
                    long start = System.nanoTime();
                    String failure = null;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                            mineKinds = Arrays.copyOf(mineKinds, n * 2);
                        }
                        mineKinds[n] = i % kinds.size();
                        mine[n++] = took;
                        if (response.statusCode() != 200) {
                            failure = "HTTP " + response.statusCode() + ": " + firstLine(response.body());
                        } else {
                            kind.check().accept(response.body());
                        }
                    } catch (AssertionError | RuntimeException | java.io.IOException e) {
                        failure = e.toString().lines().findFirst().orElse("");
                    }
                    if (failure != null && errorCount.incrementAndGet() <= 20) {
                        errors.add(kind.name() + ": " + failure);
                    }
                }
                latencies[client] = Arrays.copyOf(mine, n);
                kindOf[client] = Arrays.copyOf(mineKinds, n);
                return null;
            }));
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("clients ready").isTrue();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(duration.toSeconds() + 300, TimeUnit.SECONDS)).as("clients stopped").isTrue();
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        List<List<Long>> byKind = new ArrayList<>();
        kinds.forEach(k -> byKind.add(new ArrayList<>()));
        for (int c = 0; c < CLIENTS; c++) {
            for (int r = 0; r < latencies[c].length; r++) {
                byKind.get(kindOf[c][r]).add(latencies[c][r]);
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            counts.put(kinds.get(k).name(), byKind.get(k).size());
        }
        System.out.printf("load: %d clients for %.1f s: %d requests, %.1f requests/s, %d errors%n", CLIENTS, seconds,
                all.length, all.length / seconds, errorCount.get());
        System.out.printf("load: latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", ms(all, 0.50), ms(all, 0.95),
                ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1_000_000);
        for (int k = 0; k < kinds.size(); k++) {
            long[] sorted = byKind.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("load:   %-28s %6d requests, p50 %6d ms, p95 %6d ms%n", kinds.get(k).name(), sorted.length,
                    ms(sorted, 0.50), ms(sorted, 0.95));
        }

        assertThat(errors).as(errorCount.get() + " error responses").isEmpty();
        assertThat(counts).as("every kind of request was sent").allSatisfy((kind, n) -> assertThat(n).as(kind).isPositive());
    }

    private static long ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000;
    }

    private static String first(HttpTestClient http, String query) {
        HttpResponse<String> response = http.get("newsgraph/sparql?query=" + enc(query), SPARQL_JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray rows = parse(response.body()).get("results").getAsObject().get("bindings").getAsArray();
        assertThat(rows).as("the demo store answers " + query).isNotEmpty();
        JsonObject row = rows.get(0).getAsObject();
        return row.get(row.keys().iterator().next()).getAsObject().get("value").getAsString().value();
    }

    private static void sparqlResults(String body) {
        JsonObject results = parse(body);
        assertThat(results.hasKey("boolean") || results.get("results").getAsObject().hasKey("bindings")).isTrue();
    }

    private static void json(String body) {
        parse(body);
    }

    private static JsonObject parse(String body) {
        return JSON.parse(body);
    }

    private static void rdf(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        assertThat(graph.isEmpty()).isFalse();
    }

    private static String firstLine(String body) {
        return body.lines().findFirst().orElse("").strip();
    }
}
