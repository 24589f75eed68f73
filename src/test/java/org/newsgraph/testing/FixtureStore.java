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
import org.newsgraph.store.Store;

/**
 * A store filled from the TriG fixtures under {@code src/test/resources/store/} (article graphs in the rdf stage's
 * shape, and a small stand-in vocabulary), for tests of what reads a store: queries, exports, commands.
 */
public final class FixtureStore {

    private FixtureStore() {
    }

    /** Creates a store in {@code dir} with article A and the test vocabulary, and closes it. */
    public static Path create(Path dir) {
        DatasetGraph a = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(text("article-a.trig"), Lang.TRIG).parse(a);
        Graph vocabulary = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text("vocabulary.ttl"), Lang.TURTLE).parse(vocabulary);
        try (Store store = Store.open(dir)) {
            a.listGraphNodes().forEachRemaining(g -> {
                String hash = a.find(g, Node.ANY, NG.contentHash.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
                store.replaceGraphs(java.util.List.of(new org.newsgraph.store.ArticleGraph(g, hash, a.getGraph(g))), false);
            });
            store.refreshVocabulary(vocabulary, org.newsgraph.rdf.Ontology.prefixes());
        }
        return dir;
    }

    public static String text(String resource) {
        try (InputStream in = FixtureStore.class.getResourceAsStream("/store/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
