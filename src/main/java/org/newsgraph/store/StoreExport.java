package org.newsgraph.store;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/** Writes a store, or one of its graphs, in one of the {@link ExportFormat}s. */
public final class StoreExport {

    private StoreExport() {
    }

    /**
     * Writes to {@code out} (not closed): with {@code graph} null, the whole store (quad formats keep each graph,
     * triple formats merge them into one); otherwise that graph only. Streams, except for JSON-LD.
     *
     * @throws StoreException when {@code graph} is not in the store
     */
    public static void write(Store store, ExportFormat format, Node graph, OutputStream out) {
        if (graph != null && !store.hasGraph(graph)) {
            throw new StoreException("no graph <" + graph.getURI() + "> in store " + store.dir());
        }
        if (format.streams()) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            store.export(graph, format.keepsGraphs(), writer);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            store.export(graph, false, StreamRDFLib.graph(g));
            RDFWriter.source(g).format(format.rdfFormat()).output(out);
        }
    }
}
