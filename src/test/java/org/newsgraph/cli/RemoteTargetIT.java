package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestSummary;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.FusekiProcess;

/**
 * {@code ingest --target} into a real standalone Fuseki server process and {@code query --endpoint} from it give
 * what {@code ingest --store} and {@code query --store} give, over the shipped examples (examples/manifest.tsv)
 * and the short articles of {@code corpus/merge} (whose reports of one arrest merge across outlets), ingested by
 * two workers at once, each with its share of the articles and two articles in both shares, reports of one
 * event going to different workers: every library query answers the same, the merged events are the same quads,
 * re-running the ingest changes nothing, {@code remove --target} leaves what {@code remove --store} leaves, the
 * endpoints may be named one by one, and a dataset that is not there is one line. Usage errors and servers that
 * refuse: {@link RemoteOptionsTest}, {@link RemoteErrorsTest}.
 */
class RemoteTargetIT {

    /** Where the inputs are listed: each manifest's first two columns are a file (beside it) and its date. */
    private static final List<Path> MANIFESTS = List.of(Path.of("examples/manifest.tsv"),
            Path.of("src/test/resources/corpus/merge/manifest.tsv"));

    /** Columns that say when an article was extracted: the local and the remote ingest ran at different times. */
    private static final Set<String> RUN_TIMES = Set.of("extracted");

    /** The scorer's four queries and the merged events: the examples must give them rows, or nothing is compared. */
    private static final List<String> MUST_ANSWER = List.of("actors", "events", "roles", "relations", "merged-events");

    @TempDir
    static Path tmp;

    static FusekiProcess fuseki;
    static String store;
    static Map<Path, String> inputs;
    static List<Cli.Result> remoteIngests;
    static long ingestMillis;

    @BeforeAll
    static void ingestBoth() throws Exception {
        fuseki = FusekiProcess.launch(Files.createDirectories(tmp.resolve("fuseki")));
        store = tmp.resolve("store").toString();
        inputs = inputs();
        // while Fuseki boots: the embedded store through the facade, the lexicons read once (the command line is
        // what is under test, with --target)
        Lexicon lexicon = LexiconReader.read();
        try (NewsGraph local = NewsGraph.open(Path.of(store), Main.toolVersion(), () -> lexicon)) {
            for (Map.Entry<Path, String> in : inputs.entrySet()) {
                IngestSummary s = local.ingest(List.of(in.getKey().toString()),
                        new IngestOptions(LocalDate.parse(in.getValue()), null, null, false), o -> { });
                assertThat(s.anyFailed()).as(s.toString()).isFalse();
            }
        }
        fuseki.awaitReady();
        // two workers at once: one takes the inputs at even positions, the other those at odd ones (so the two
        // outlets' reports of one arrest go to different workers), and both take the first two
        List<Map.Entry<Path, String>> all = new ArrayList<>(inputs.entrySet());
        List<List<Map.Entry<Path, String>>> shares = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < all.size(); i++) {
            shares.get(i % 2).add(all.get(i));
            if (i < 2) {
                shares.get(1 - i % 2).add(all.get(i));
            }
        }
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Cli.Result>>> runs = new ArrayList<>();
            for (List<Map.Entry<Path, String>> share : shares) {
                runs.add(workers.submit(() -> share.stream().map(in -> ingest("--target", fuseki.dataset(), in)).toList()));
            }
            remoteIngests = new ArrayList<>();
            for (Future<List<Cli.Result>> run : runs) {
                remoteIngests.addAll(run.get());
            }
        } finally {
            workers.shutdownNow();
        }
        ingestMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    static void stopFuseki() throws InterruptedException {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static Map<Path, String> inputs() throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        for (Path manifest : MANIFESTS) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    out.put(manifest.resolveSibling(cols[0]), cols[1]);
                }
            }
        }
        return out;
    }

    private static Cli.Result ingest(String option, String where, Map.Entry<Path, String> input) {
        return Cli.run("ingest", option, where, "--published", input.getValue(), input.getKey().toString());
    }

    @Test
    void everyArticleIsIngestedIntoTheTarget() {
        System.out.println("RemoteTargetIT: " + inputs.size() + " articles ingested into Fuseki by two workers in "
                + ingestMillis + " ms");
        assertThat(remoteIngests).hasSize(inputs.size() + 2);
        for (Cli.Result r : remoteIngests) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            // an article both workers take is ingested by one of them, or by both when they get to it at once
            assertThat(r.out()).matches("(?s)ingested [01], unchanged [01], failed 0 articles;.*");
        }
        assertThat(remoteQuads().stream().map(Quad::getGraph).filter(g -> g.getURI().contains("/article/")).distinct())
                .hasSize(inputs.size());
    }

    @Test
    void everyLibraryQueryAnswersAtTheEndpointAsOverTheEmbeddedStore() {
        for (String name : QueryLibrary.names()) {
            Cli.Result local = Cli.run("query", "--store", store, "--format", "json", name);
            Cli.Result remote = Cli.run("query", "--endpoint", fuseki.sparql(), "--format", "json", name);
            assertThat(local.code()).as(local.err()).isZero();
            assertThat(remote.code()).as(remote.err()).isZero();
            RowSetRewindable l = rows(local.out());
            RowSetRewindable r = rows(remote.out());
            if (MUST_ANSWER.contains(name)) {
                assertThat(l.size()).as(name + " rows").isPositive();
            }
            assertThat(ResultSetCompare.equalsByTerm(l, r)).as(name + ": endpoint\n" + remote.out() + "\nstore\n" + local.out()).isTrue();
        }
    }

    @Test
    void tableOutputAtTheEndpointHasTheStoresRows() {
        for (String name : List.of("actors", "events", "roles", "relations")) {
            Cli.Result local = Cli.run("query", "--store", store, name);
            Cli.Result remote = Cli.run("query", "--endpoint", fuseki.sparql(), name);
            assertThat(remote.code()).as(remote.err()).isZero();
            assertThat(sortedLines(remote.out())).as(name).isEqualTo(sortedLines(local.out()));
        }
    }

    @Test
    void aParameterWithAPrefixOfTheVocabularyBindsAtTheEndpointAsOverTheStore() {
        String[] query = {"query", "--format", "json", "--param", "actor=ngid:country/KZ", "actor-events"};
        Cli.Result local = Cli.run(concat(new String[] {"--store", store}, query));
        Cli.Result remote = Cli.run(concat(new String[] {"--endpoint", fuseki.sparql()}, query));
        assertThat(remote.code()).as(remote.err()).isZero();
        RowSetRewindable l = rows(local.out());
        assertThat(l.size()).isPositive();
        assertThat(ResultSetCompare.equalsByTerm(l, rows(remote.out()))).isTrue();
    }

    /** {@code query} and its options: the command name first, then {@code where}, then the rest. */
    private static String[] concat(String[] where, String[] query) {
        List<String> args = new ArrayList<>(List.of(query[0]));
        args.addAll(List.of(where));
        args.addAll(List.of(query).subList(1, query.length));
        return args.toArray(String[]::new);
    }

    @Test
    void theMergedEventsAreTheEmbeddedStoresQuads() {
        String select = "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/merged> { ?s ?p ?o } }";
        Cli.Result local = Cli.run("query", "--store", store, "--format", "json", select);
        assertThat(local.code()).as(local.err()).isZero();
        RowSetRewindable merged = rows(local.out());
        assertThat(merged.size()).isPositive();
        RowSet remote = QueryExecHTTP.service(fuseki.sparql()).query(select).select();
        assertThat(ResultSetCompare.equalsByTerm(merged, remote)).isTrue();
    }

    @Test
    void ingestingAgainChangesNothing() {
        Set<Quad> before = remoteQuads();
        for (Map.Entry<Path, String> in : inputs.entrySet()) {
            Cli.Result again = ingest("--target", fuseki.dataset(), in);
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).startsWith("ingested 0, unchanged 1, failed 0 articles;");
        }
        assertThat(remoteQuads()).isEqualTo(before);
    }

    private static Set<Quad> remoteQuads() {
        Set<Quad> out = new HashSet<>();
        QueryExecHTTP.service(fuseki.sparql()).query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").select()
                .forEachRemaining(b -> out.add(Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o"))));
        assertThat(out).isNotEmpty();
        return out;
    }

    /**
     * {@code remove --target} of an article whose report is in a merged event leaves the endpoint answering every
     * library query as the embedded store does after {@code remove --store} of the same article; ingesting it again
     * into both brings the merged events back. The endpoints are named one by one here, by names Fuseki also
     * serves a dataset under (its query service at {@code /query}, and update at the dataset's own URL).
     */
    @Test
    void removingAnArticleAtTheTargetLeavesWhatRemovingItFromTheStoreLeaves() {
        Map.Entry<Path, String> article = inputs.entrySet().stream()
                .filter(in -> in.getKey().getFileName().toString().equals("police-dozens.ar.txt")).findFirst().orElseThrow();
        Set<Quad> mergedBefore = remoteMerged();
        Cli.Result local = Cli.run("remove", "--store", store, article.getKey().toString());
        assertThat(local.code()).as(local.err()).isZero();
        Cli.Result remote = Cli.run("remove", "--target-query", fuseki.dataset() + "/query", "--target-update", fuseki.dataset(),
                article.getKey().toString());
        assertThat(remote.code()).as(remote.err()).isZero();
        assertThat(remote.out()).isEqualTo(local.out()).startsWith("removed ");
        try {
            assertThat(remoteMerged()).as("the arrest's merged event is gone with one of its two outlets").isNotEqualTo(mergedBefore);
            for (String name : QueryLibrary.names()) {
                Cli.Result l = Cli.run("query", "--store", store, "--format", "json", name);
                Cli.Result r = Cli.run("query", "--endpoint", fuseki.sparql(), "--format", "json", name);
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(ResultSetCompare.equalsByTerm(rows(l.out()), rows(r.out()))).as(name + ": endpoint\n" + r.out()
                        + "\nstore\n" + l.out()).isTrue();
            }
            Cli.Result again = Cli.run("remove", "--target", fuseki.dataset(), article.getKey().toString());
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).startsWith("error: no article " + remote.out().strip().substring("removed ".length())
                    + " at target " + fuseki.dataset()).hasLineCount(1);
        } finally {
            assertThat(ingest("--store", store, article).code()).isZero();
            assertThat(ingest("--target", fuseki.dataset(), article).code()).isZero();
        }
        assertThat(remoteMerged()).isEqualTo(mergedBefore);
    }

    private static Set<Quad> remoteMerged() {
        return remoteQuads().stream().filter(q -> q.getGraph().getURI().equals(NG.ID + "graph/merged"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anEndpointWithNoSuchDatasetIsOneLineAndExitCode1() {
        Cli.Result missing = Cli.run("query", "--endpoint", fuseki.dataset() + "-missing/sparql", "actors");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: endpoint " + fuseki.dataset() + "-missing/sparql does not exist (404 Not Found)")
                .hasLineCount(1);

        Cli.Result ingest = Cli.run("ingest", "--target", fuseki.dataset() + "-missing", inputs.keySet().iterator().next().toString());
        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err()).startsWith("error: target " + fuseki.dataset() + "-missing/sparql does not exist (404 Not Found)")
                .hasLineCount(1);
    }

    /** The rows of SPARQL JSON results, without the columns of {@link #RUN_TIMES}. */
    private static RowSetRewindable rows(String json) {
        RowSet all = RowSet.adapt(ResultSetFactory.fromJSON(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        List<Var> kept = all.getResultVars().stream().filter(v -> !RUN_TIMES.contains(v.getVarName())).toList();
        List<Binding> rows = new ArrayList<>();
        all.forEachRemaining(b -> {
            var row = BindingFactory.builder();
            kept.stream().filter(b::contains).forEach(v -> row.add(v, b.get(v)));
            rows.add(row.build());
        });
        return RowSetStream.create(kept, rows.iterator()).rewindable();
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }
}
