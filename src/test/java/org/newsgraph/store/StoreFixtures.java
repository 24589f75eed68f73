package org.newsgraph.store;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/** Test data for the store: article graphs in the rdf stage's shape, read from TriG under {@code store/}. */
final class StoreFixtures {

    static final Node ARTICLE_A = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/aaaaaaaaaaaaaaaa");

    private StoreFixtures() {
    }

    static DatasetGraph dataset(String resource) {
        return dataset(resource, s -> s);
    }

    /** Reads a TriG resource after {@code edit} rewrites its text (to make a changed version of an article). */
    static DatasetGraph dataset(String resource, java.util.function.UnaryOperator<String> edit) {
        DatasetGraph dsg = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(edit.apply(text(resource)), Lang.TRIG).parse(dsg);
        return dsg;
    }

    static Graph graph(String resource) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.fromString(text(resource), Lang.TURTLE).parse(g);
        return g;
    }

    static String text(String resource) {
        try (InputStream in = StoreFixtures.class.getResourceAsStream("/store/" + resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
