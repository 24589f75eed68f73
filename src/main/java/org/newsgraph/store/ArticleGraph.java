package org.newsgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.NG;

/**
 * One article's graph, built in memory before it is written, so that extraction and mapping can run on many
 * threads while one writer commits.
 *
 * @param graph       the article graph's name (an IRI, never the vocabulary or merged-events graph)
 * @param contentHash the hash of the article's text and extractor; {@code content} states it with
 *                    {@code ng:contentHash}, so that the next run can tell the article unchanged
 * @param content     the triples of the article graph
 */
public record ArticleGraph(Node graph, String contentHash, Graph content) {

    public ArticleGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(content, "content");
        if (!graph.isURI() || graph.equals(Store.VOCABULARY_GRAPH) || graph.equals(Store.MERGED_GRAPH)) {
            throw new IllegalArgumentException("not an article graph: " + graph);
        }
        if (!content.find(Node.ANY, NG.contentHash.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral() && contentHash.equals(t.getObject().getLiteralLexicalForm()))
                .hasNext()) {
            throw new IllegalArgumentException("the content of " + graph.getURI()
                    + " does not state its ng:contentHash " + contentHash);
        }
    }

    /** The number of triples in the article graph. */
    public int size() {
        return content.size();
    }

    /** For callers that stream: every triple of the content. */
    public Iterable<Triple> triples() {
        return () -> content.find();
    }
}
