package org.newsgraph.testing;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SCHEMA;
import org.newsgraph.store.ArticleGraph;

/**
 * The smallest article graphs whose events merge: one article with one arrest report (CAMEO 173), for the tests
 * of writing stores and recomputing merged events, which need many such articles and not a real extraction.
 */
public final class ArrestArticles {

    private ArrestArticles() {
    }

    /**
     * The article {@code NG.ID + "article/" + key}, published on {@code day}, with one arrest report of
     * {@code source} against {@code target} (dated by the article's day, so reports of the same pair on the same
     * day merge); its content hash is {@code key@day}, so the same key on another day is a changed article.
     */
    public static ArticleGraph report(String key, LocalDate day, Node source, Node target) {
        Node article = NodeFactory.createURI(NG.ID + "article/" + key);
        Node event = NodeFactory.createURI(NG.ID + "event/" + key + "-0");
        String hash = key + "@" + day;
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, RDF.type.asNode(), NG.Article.asNode());
        g.add(article, SCHEMA.datePublished.asNode(), NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate));
        g.add(article, NG.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        g.add(event, RDF.type.asNode(), NG.Event.asNode());
        g.add(event, NG.cameoCode.asNode(), NodeFactory.createLiteralString("173"));
        g.add(event, NG.source.asNode(), source);
        g.add(event, NG.target.asNode(), target);
        g.add(event, NG.article.asNode(), article);
        return new ArticleGraph(article, hash, g);
    }
}
