package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.store.StoreFixtures.ARTICLE_A;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path tmp;

    private Store store;
    private final DatasetGraph articleA = StoreFixtures.dataset("article-a.trig");

    @BeforeEach
    void open() {
        store = Store.open(tmp.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anArticleIsWrittenIntoItsOwnGraph() {
        IngestResult r = write(articleA, "hash-a-1", false);

        assertThat(r.status()).isEqualTo(IngestResult.Status.INGESTED);
        assertThat(r.triples()).isEqualTo(articleA.getGraph(ARTICLE_A).size());
        assertThat(store.articleGraphs()).containsExactly(ARTICLE_A.getURI());
        assertThat(store.holds(ARTICLE_A, "hash-a-1")).isTrue();
        assertThat(store.holds(ARTICLE_A, "hash-a-2")).isFalse();
    }

    @Test
    void reIngestingTheSameContentWritesNothing() throws Exception {
        write(articleA, "hash-a-1", false);
        DatasetGraph before = quads();
        long bytes = store.bytesOnDisk();

        IngestResult again = write(articleA, "hash-a-1", false);

        assertThat(again.status()).isEqualTo(IngestResult.Status.UNCHANGED);
        assertSameData(quads(), before);
        assertThat(store.bytesOnDisk()).isEqualTo(bytes);
    }

    @Test
    void forceRewritesAnUnchangedArticle() {
        write(articleA, "hash-a-1", false);

        IngestResult forced = write(articleA, "hash-a-1", true);

        assertThat(forced.status()).isEqualTo(IngestResult.Status.INGESTED);
    }

    @Test
    void aChangedArticleReplacesItsWholeGraph() {
        write(articleA, "hash-a-1", false);
        DatasetGraph changed = StoreFixtures.dataset("article-a.trig",
                s -> s.replace("hash-a-1", "hash-a-2").replace("Northtown", "Southtown"));

        IngestResult r = write(changed, "hash-a-2", false);

        assertThat(r.status()).isEqualTo(IngestResult.Status.INGESTED);
        assertThat(labels()).contains("Southtown").doesNotContain("Northtown");
        assertThat(IsoMatcher.isomorphic(exportGraph(ARTICLE_A), changed.getGraph(ARTICLE_A))).isTrue();
    }

    @Test
    void aBatchTellsEachArticleInOrderAndASecondCopyIsUnchanged() {
        DatasetGraph b = StoreFixtures.dataset("article-a.trig", s -> s.replace("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb")
                .replace("hash-a-1", "hash-b-1"));
        Node articleB = NodeFactory.createURI(ARTICLE_A.getURI().replace("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"));

        List<IngestResult> results = store.replaceGraphs(List.of(graph(articleA, ARTICLE_A, "hash-a-1"),
                graph(b, articleB, "hash-b-1"), graph(articleA, ARTICLE_A, "hash-a-1")), false);

        assertThat(results).extracting(IngestResult::status).containsExactly(IngestResult.Status.INGESTED,
                IngestResult.Status.INGESTED, IngestResult.Status.UNCHANGED);
        assertThat(store.articleGraphs()).containsExactlyInAnyOrder(ARTICLE_A.getURI(), articleB.getURI());
    }

    @Test
    void aBatchThatFailsHalfWayLeavesTheStoreAsItWas() {
        write(articleA, "hash-a-1", false);
        DatasetGraph before = quads();
        DatasetGraph b = StoreFixtures.dataset("article-a.trig", s -> s.replace("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb")
                .replace("hash-a-1", "hash-b-1"));
        Node articleB = NodeFactory.createURI(ARTICLE_A.getURI().replace("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"));
        DatasetGraph changed = StoreFixtures.dataset("article-a.trig", s -> s.replace("hash-a-1", "hash-a-2"));
        // the changed article's content breaks off after a few triples, as a failing disk or source would
        Graph breaking = new WrappedGraph(changed.getGraph(ARTICLE_A)) {
            @Override
            public ExtendedIterator<Triple> find() {
                Iterator<Triple> it = super.find();
                int[] n = {0};
                return WrappedIterator.create(new Iterator<Triple>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (++n[0] > 5) {
                            throw new IllegalStateException("content broke");
                        }
                        return it.next();
                    }
                });
            }
        };

        assertThatThrownBy(() -> store.replaceGraphs(List.of(graph(b, articleB, "hash-b-1"),
                new ArticleGraph(ARTICLE_A, "hash-a-2", breaking)), false)).hasMessage("content broke");

        assertSameData(quads(), before);
        assertThat(store.articleGraphs()).containsExactly(ARTICLE_A.getURI());
    }

    @Test
    void contentThatDoesNotStateItsHashIsRefused() {
        Graph noHash = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        articleA.getGraph(ARTICLE_A).find().filterDrop(t -> t.getPredicate().getURI().endsWith("#contentHash"))
                .forEach(noHash::add);

        assertThatThrownBy(() -> new ArticleGraph(ARTICLE_A, "hash-a-1", noHash))
                .hasMessageContaining("does not state its ng:contentHash hash-a-1");
        assertThatThrownBy(() -> graph(articleA, ARTICLE_A, "hash-a-2"))
                .hasMessageContaining("does not state its ng:contentHash hash-a-2");
    }

    /** Writes the article graph of {@code source} alone, as a batch of one. */
    private IngestResult write(DatasetGraph source, String hash, boolean force) {
        return store.replaceGraphs(List.of(graph(source, ARTICLE_A, hash)), force).get(0);
    }

    private static ArticleGraph graph(DatasetGraph source, Node graph, String hash) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        source.getGraph(graph).find().forEach(copy::add);
        return new ArticleGraph(graph, hash, copy);
    }

    @Test
    void queriesSeeTheUnionOfAllGraphs() {
        write(articleA, "hash-a-1", false);
        store.refreshVocabulary(StoreFixtures.graph("vocabulary.ttl"), org.newsgraph.rdf.Ontology.prefixes());

        String label = store.query(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?label WHERE { ?e ng:eventType ?c . ?c skos:prefLabel ?label . ?e ng:source ?s . ?s ?p ?o }
                LIMIT 1
                """), Map.of("s", org.apache.jena.rdf.model.ResourceFactory.createResource(
                        "https://w3id.org/newsgraph/id/org/XL/police")),
                qe -> qe.execSelect().next().getLiteral("label").getString());

        assertThat(label).isEqualTo("Arrest, detain");
    }

    @Test
    void theVocabularyIsWrittenOnlyWhenItChanges() {
        assertThat(store.refreshVocabulary(StoreFixtures.graph("vocabulary.ttl"), org.newsgraph.rdf.Ontology.prefixes())).isTrue();
        assertThat(store.refreshVocabulary(StoreFixtures.graph("vocabulary.ttl"), org.newsgraph.rdf.Ontology.prefixes())).isFalse();
        assertThat(store.articleGraphs()).isEmpty();
        assertThat(store.prefixes().get("cameo")).isEqualTo("https://w3id.org/newsgraph/cameo/");
    }

    @Test
    void everyExportFormatParsesBackToTheSameData() {
        write(articleA, "hash-a-1", false);
        store.refreshVocabulary(StoreFixtures.graph("vocabulary.ttl"), org.newsgraph.rdf.Ontology.prefixes());
        DatasetGraph expected = DatasetFactory.createGeneral().asDatasetGraph();
        articleA.find().forEachRemaining(expected::add);
        StoreFixtures.graph("vocabulary.ttl").find().forEach(t -> expected.add(Store.VOCABULARY_GRAPH, t.getSubject(),
                t.getPredicate(), t.getObject()));

        for (ExportFormat f : ExportFormat.values()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            StoreExport.write(store, f, null, all);
            DatasetGraph back = DatasetFactory.createGeneral().asDatasetGraph();
            RDFParser.fromString(all.toString(java.nio.charset.StandardCharsets.UTF_8), f.rdfFormat().getLang()).parse(back);
            if (f.keepsGraphs()) {
                assertThat(IsoMatcher.isomorphic(back, expected)).as(f.name()).isTrue();
            } else {
                assertThat(IsoMatcher.isomorphic(back.getDefaultGraph(), expected.getUnionGraph())).as(f.name()).isTrue();
            }

            ByteArrayOutputStream one = new ByteArrayOutputStream();
            StoreExport.write(store, f, ARTICLE_A, one);
            DatasetGraph graphBack = DatasetFactory.createGeneral().asDatasetGraph();
            RDFParser.fromString(one.toString(java.nio.charset.StandardCharsets.UTF_8), f.rdfFormat().getLang()).parse(graphBack);
            var g = f.keepsGraphs() ? graphBack.getGraph(ARTICLE_A) : graphBack.getDefaultGraph();
            assertThat(IsoMatcher.isomorphic(g, articleA.getGraph(ARTICLE_A))).as(f.name() + " one graph").isTrue();
        }
    }

    @Test
    void exportingAGraphTheStoreDoesNotHaveSaysSo() {
        Node missing = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/ffffffffffffffff");

        assertThatThrownBy(() -> StoreExport.write(store, ExportFormat.TURTLE, missing, new ByteArrayOutputStream()))
                .isInstanceOf(StoreException.class)
                .hasMessage("no graph <https://w3id.org/newsgraph/id/article/ffffffffffffffff> in store " + store.dir());
    }

    @Test
    void statsCountArticlesActorsAndEventsByRoot() {
        write(articleA, "hash-a-1", false);
        store.refreshVocabulary(StoreFixtures.graph("vocabulary.ttl"), org.newsgraph.rdf.Ontology.prefixes());

        StoreStats s = store.stats();

        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.actorsByType()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Person", 2L, "Country", 1L, "Organization", 1L, "Place", 1L));
        assertThat(s.eventsByRoot()).containsExactly(new StoreStats.RootCount("01", null, 1),
                new StoreStats.RootCount("12", "Reject", 1),
                new StoreStats.RootCount("17", "Coerce", 1));
        assertThat(s.quads()).isEqualTo(articleA.getGraph(ARTICLE_A).size() + StoreFixtures.graph("vocabulary.ttl").size());
        assertThat(s.vocabularyQuads()).isEqualTo(StoreFixtures.graph("vocabulary.ttl").size());
        assertThat(s.bytesOnDisk()).isPositive();
    }

    @Test
    void validationReportsEachViolationOfAnArticleGraph() {
        Shapes shapes = Shapes.parse(StoreFixtures.graph("shapes.ttl"));
        write(articleA, "hash-a-1", false);
        assertThat(store.validate(g -> ShaclValidator.get().validate(shapes, g)))
                .singleElement().satisfies(r -> assertThat(r.conforms()).isTrue());

        DatasetGraph broken = StoreFixtures.dataset("article-a.trig",
                s -> s.replace("hash-a-1", "hash-a-2").replace("ng:cameoCode \"173\" ;", ""));
        write(broken, "hash-a-2", false);

        List<GraphReport> reports = store.validate(g -> ShaclValidator.get().validate(shapes, g));
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.graph()).isEqualTo(ARTICLE_A.getURI());
            assertThat(r.violations()).containsExactly("Violation: <https://w3id.org/newsgraph/id/event/aaaaaaaaaaaaaaaa-1>"
                    + " <https://w3id.org/newsgraph/ontology#cameoCode>: an event has one CAMEO code");
        });
    }

    @Test
    void aFileOrAForeignFolderIsNotTakenForAStore() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
        Path folder = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(folder.resolve("cat.jpg"), "meow");

        assertThatThrownBy(() -> Store.open(file)).hasMessage("store " + file + " is a file, not a folder");
        assertThatThrownBy(() -> Store.open(folder)).hasMessageStartingWith("store " + folder
                + " is a folder with other files in it, not a newsgraph store");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                .containsExactly("cat.jpg");
    }

    @Test
    void readingCommandsDoNotCreateAStore() {
        Path missing = tmp.resolve("typo");

        assertThatThrownBy(() -> Store.openExisting(missing)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("no store at " + missing);
        assertThat(missing).doesNotExist();
    }

    /** The whole store, read back from an N-Quads export. */
    private DatasetGraph quads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoreExport.write(store, ExportFormat.NQUADS, null, out);
        DatasetGraph back = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS).parse(back);
        return back;
    }

    private static void assertSameData(DatasetGraph actual, DatasetGraph expected) {
        assertThat(actual.stream().count()).isEqualTo(expected.stream().count());
        assertThat(IsoMatcher.isomorphic(actual, expected)).isTrue();
    }

    private Set<String> labels() {
        return store.query(QueryFactory.create("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"),
                Map.of(), qe -> ResultSetFormatter.toList(qe.execSelect()).stream()
                        .map(s -> s.getLiteral("l").getString()).collect(Collectors.toSet()));
    }

    private org.apache.jena.graph.Graph exportGraph(Node graph) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        store.export(graph, false, StreamRDFLib.graph(g));
        return g;
    }
}
