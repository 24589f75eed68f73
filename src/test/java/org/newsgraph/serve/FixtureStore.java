package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.ArticleGraph;
import org.newsgraph.store.Store;

/**
 * A store in a temporary folder holding {@code serve/fixture.trig} (three small articles, one graph each) and the
 * real vocabulary, written through the store like an ingest would; the serve tests' data.
 */
final class FixtureStore {

    static final String FIXTURE = "serve/fixture.trig";

    private FixtureStore() {
    }

    static Store create(Path dir) {
        DatasetGraph articles = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.source(FixtureStore.class.getClassLoader().getResource(FIXTURE).toString()).lang(Lang.TRIG).parse(articles);
        Store store = Store.open(dir);
        articles.listGraphNodes().forEachRemaining(graph -> {
            String hash = articles.find(graph, Node.ANY, NG.contentHash.asNode(), Node.ANY).next().getObject()
                                  .getLiteralLexicalForm();
            store.replaceGraphs(List.of(new ArticleGraph(graph, hash, articles.getGraph(graph))), false);
        });
        store.refreshVocabulary(Ontology.vocabulary(), Ontology.prefixes());
        return store;
    }
}
