package org.newsgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.Store;

/**
 * Stores filled from TriG fixtures, written through the store as an ingest would (one graph per article, with its
 * content hash), for tests of what reads a store:
 * <ul>
 * <li>{@link #create}: article A of {@code src/test/resources/store/} and a small stand-in vocabulary, for queries,
 * exports and commands;</li>
 * <li>{@link #serving}: the three small articles of {@code src/test/resources/serve/fixture.trig} and the real
 * vocabulary, for the server's tests.</li>
 * </ul>
 */
public final class FixtureStore {

    private FixtureStore() {
    }

    /** Creates a store in {@code dir} with article A and the test vocabulary, and closes it. */
    public static Path create(Path dir) {
        Graph vocabulary = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text("vocabulary.ttl"), Lang.TURTLE).parse(vocabulary);
        try (Store store = Store.open(dir)) {
            fill(store, text("article-a.trig"), vocabulary);
        }
        return dir;
    }

    /** Creates a store in {@code dir} with the server fixture's articles and the real vocabulary; the caller closes it. */
    public static Store serving(Path dir) {
        Store store = Store.open(dir);
        fill(store, resource("serve/fixture.trig"), Ontology.vocabulary());
        return store;
    }

    /** A test resource's text, {@code resource} relative to {@code src/test/resources/store/}. */
    public static String text(String resource) {
        return resource("store/" + resource);
    }

    private static void fill(Store store, String trig, Graph vocabulary) {
        DatasetGraph articles = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(trig, Lang.TRIG).parse(articles);
        articles.listGraphNodes().forEachRemaining(g -> {
            String hash = articles.find(g, Node.ANY, NG.contentHash.asNode(), Node.ANY).next().getObject()
                                  .getLiteralLexicalForm();
            store.replaceGraphs(java.util.List.of(new org.newsgraph.store.ArticleGraph(g, hash, articles.getGraph(g))), false);
        });
        store.refreshVocabulary(vocabulary, Ontology.prefixes());
    }

    private static String resource(String path) {
        try (InputStream in = FixtureStore.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
