package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.SCHEMA;
import org.newsgraph.testing.ArrestArticles;
import org.newsgraph.testing.FusekiProcess;
import org.newsgraph.testing.Ports;

/**
 * {@link RemoteStore} against a real standalone Fuseki process: written batch by batch, the endpoint ends with the
 * same merged events as the embedded {@link Store} given the same article graphs (the short articles of
 * {@code corpus/merge}, which two outlets' reports of one arrest merge), also after an article changes; unchanged
 * graphs are not written again; failures are one line naming the URL. The same against our own server with writes
 * enabled, and its token, is {@link RemoteStoreTest}. Two writers at once with reports of the same events end with
 * the embedded store's merged events too.
 */
class RemoteStoreIT {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/merge");

    @TempDir
    static Path tmp;

    static FusekiProcess fuseki;
    static List<ArticleGraph> articles;

    @BeforeAll
    static void start() throws Exception {
        fuseki = FusekiProcess.start(Files.createDirectories(tmp.resolve("fuseki")));
        articles = articleGraphs(tmp.resolve("source"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    /** The article graphs the pipeline makes of the merge corpus, read back from an embedded store. */
    private static List<ArticleGraph> articleGraphs(Path dir) throws IOException {
        for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8))
                    .run("ingest", "--store", dir.toString(), "--published", cols[1], CORPUS.resolve(cols[0]).toString());
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
        List<ArticleGraph> out = new ArrayList<>();
        try (Store s = Store.openExisting(dir)) {
            for (String iri : s.articleGraphs()) {
                Node g = NodeFactory.createURI(iri);
                Graph content = GraphFactory.createDefaultGraph();
                s.export(g, false, StreamRDFLib.graph(content));
                out.add(new ArticleGraph(g, hash(content), content));
            }
        }
        return out;
    }

    private static String hash(Graph content) {
        return content.find(Node.ANY, NG.contentHash.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void writtenInBatchesTheEndpointHasTheEmbeddedStoresMergedEventsAlsoAfterAnArticleChanges() {
        try (Store local = Store.open(tmp.resolve("local")); RemoteStore remote = RemoteStore.connect(fuseki.dataset(), null)) {
            local.replaceGraphs(articles, false);
            // in another order and in batches of two, so that merging sees articles arrive at different times
            List<ArticleGraph> reversed = new ArrayList<>(articles);
            java.util.Collections.reverse(reversed);
            for (int i = 0; i < reversed.size(); i += 2) {
                List<IngestResult> results = remote.replaceGraphs(reversed.subList(i, Math.min(i + 2, reversed.size())), false);
                assertThat(results).allMatch(r -> r.status() == IngestResult.Status.INGESTED);
            }
            Set<Triple> merged = merged(local);
            assertThat(merged).as("the corpus has merged events").isNotEmpty();
            assertThat(remoteMerged()).isEqualTo(merged);
            for (ArticleGraph a : articles) {
                assertThat(remote.holds(a.graph(), a.contentHash())).isTrue();
                assertThat(remote.holds(a.graph(), "another hash")).isFalse();
                assertThat(remoteGraph(a.graph()).isIsomorphicWith(a.content())).as(a.graph().getURI()).isTrue();
            }

            // every article moved five weeks later: its reports leave the merged events they were in
            ArticleGraph moved = movedLater(articles.stream().filter(a -> merged.stream()
                    .anyMatch(t -> t.getPredicate().equals(NG.report.asNode()) && a.content().contains(t.getObject(), Node.ANY, Node.ANY)))
                    .findFirst().orElseThrow());
            local.replaceGraphs(List.of(moved), false);
            remote.replaceGraphs(List.of(moved), false);
            assertThat(merged(local)).isNotEqualTo(merged);
            assertThat(remoteMerged()).isEqualTo(merged(local));

            assertThat(remote.replaceGraphs(List.of(moved), false)).allMatch(r -> r.status() == IngestResult.Status.UNCHANGED);
        }
    }

    /** The article with every date five weeks later and a new content hash, as a re-read article would come. */
    private static ArticleGraph movedLater(ArticleGraph a) {
        Graph g = GraphFactory.createDefaultGraph();
        String hash = a.contentHash() + "-moved";
        a.content().find().forEach(t -> {
            Node o = t.getObject();
            if (t.getPredicate().equals(NG.contentHash.asNode())) {
                o = NodeFactory.createLiteralString(hash);
            } else if (o.isLiteral() && XSDDatatype.XSDdate.getURI().equals(o.getLiteralDatatypeURI())) {
                o = NodeFactory.createLiteralDT(java.time.LocalDate.parse(o.getLiteralLexicalForm()).plusWeeks(5).toString(),
                        XSDDatatype.XSDdate);
            }
            g.add(t.getSubject(), t.getPredicate(), o);
        });
        assertThat(g.contains(Node.ANY, SCHEMA.datePublished.asNode(), Node.ANY)).isTrue();
        return new ArticleGraph(a.graph(), hash, g);
    }

    private static Set<Triple> merged(Store s) {
        Set<Triple> out = new HashSet<>();
        s.export(Store.MERGED_GRAPH, false, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.add(t);
            }
        });
        return out;
    }

    private static Set<Triple> remoteMerged() {
        Set<Triple> out = new HashSet<>();
        remoteGraph(Store.MERGED_GRAPH).find().forEach(out::add);
        return out;
    }

    /** The graph as the endpoint holds it; empty when it has none of that name. */
    private static Graph remoteGraph(Node g) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.setParam("g", g);
        return QueryExecHTTP.service(fuseki.sparql()).query(q.asQuery()).construct();
    }

    /**
     * Two writers at once, round after round: in each round both send, at the same moment, an article reporting the
     * same arrest (the same police against that round's group, the same day), and every third round each also
     * sends the other's article. Whoever's request lands last, the endpoint ends with the embedded store's merged
     * event for every round: one event listing both reports. (Computing the merged events on the client, as an
     * earlier version did, fails here: each writer merged its report with what it had read, before the other's
     * article was there, and the merged events listed 15 of the 24 reports.)
     */
    @Test
    void twoWritersAtOnceWithReportsOfTheSameEventsEndWithTheEmbeddedStoresMergedEvents() throws Exception {
        Node police = NodeFactory.createURI(NG.ID + "group/race-police");
        int rounds = 12;
        List<List<ArticleGraph>> byWriter = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            Node target = NodeFactory.createURI(NG.ID + "group/race-target-" + r);
            for (int w = 0; w < 2; w++) {
                byWriter.get(w).add(ArrestArticles.report("race-" + r + "-" + w, java.time.LocalDate.of(2023, 3, 1), police, target));
            }
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (Store local = Store.open(tmp.resolve("race"))) {
            List<ArticleGraph> all = new ArrayList<>(byWriter.get(0));
            all.addAll(byWriter.get(1));
            local.replaceGraphs(all, false);
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                List<ArticleGraph> mine = byWriter.get(w);
                List<ArticleGraph> theirs = byWriter.get(1 - w);
                runs.add(writers.submit(() -> {
                    try (RemoteStore remote = RemoteStore.connect(fuseki.dataset(), null)) {
                        for (int r = 0; r < rounds; r++) {
                            List<ArticleGraph> request = r % 3 == 0 ? List.of(mine.get(r), theirs.get(r)) : List.of(mine.get(r));
                            together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                            remote.replaceGraphs(request, false);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get();
            }
            Set<Triple> expected = mergedEventsOf(merged(local), police);
            assertThat(expected).filteredOn(t -> t.getPredicate().equals(NG.report.asNode())).as("two reports a round")
                    .hasSize(2 * rounds);
            assertThat(mergedEventsOf(remoteMerged(), police)).isEqualTo(expected);
        } finally {
            writers.shutdownNow();
        }
    }

    /** Every triple of the merged events whose source is {@code source}. */
    private static Set<Triple> mergedEventsOf(Set<Triple> merged, Node source) {
        Set<Node> events = new HashSet<>();
        merged.stream().filter(t -> t.getPredicate().equals(NG.mergedSource.asNode()) && t.getObject().equals(source))
                .forEach(t -> events.add(t.getSubject()));
        Set<Triple> out = new HashSet<>();
        merged.stream().filter(t -> events.contains(t.getSubject())).forEach(out::add);
        return out;
    }

    @Test
    void theVocabularyGoesToItsGraphOnceAndAgainOnlyWhenItChanges() {
        try (RemoteStore remote = RemoteStore.connect(fuseki.dataset(), null)) {
            remote.refreshVocabulary(Ontology.vocabulary());
            assertThat(remote.refreshVocabulary(Ontology.vocabulary())).isFalse();
            assertThat(remoteGraph(Store.VOCABULARY_GRAPH).isIsomorphicWith(Ontology.vocabulary())).isTrue();
        }
    }

    @Test
    void aServerThatIsNotThereOrADatasetThatIsNotThereIsOneLineNamingTheUrl() throws IOException {
        String nobody = Ports.nobodyListening("/newsgraph");
        assertThatThrownBy(() -> RemoteStore.connect(nobody, null)).isInstanceOf(StoreException.class)
                .hasMessage("target " + nobody + "/sparql cannot be reached: connection refused (is the server running?)");

        String missing = fuseki.dataset().replace("/newsgraph", "/no-such-dataset");
        assertThatThrownBy(() -> RemoteStore.connect(missing, null)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("target " + missing + "/sparql does not exist (404 Not Found)")
                .hasMessageNotContaining("\n");

        assertThatThrownBy(() -> RemoteStore.connect("ftp://example.org/newsgraph", null)).isInstanceOf(StoreException.class)
                .hasMessage("target ftp://example.org/newsgraph is not an http(s) URL");
    }
}
