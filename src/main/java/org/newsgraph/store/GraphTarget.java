package org.newsgraph.store;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * Where ingested article graphs go: the embedded TDB2 {@link Store}, or a SPARQL 1.1 store reached over HTTP.
 * Ingest asks {@link #holds} first (from any thread) so that unchanged articles cost no write, then hands
 * batches of new or changed graphs to {@link #replaceGraphs} from one writer thread.
 */
public interface GraphTarget extends AutoCloseable {

    /**
     * Whether {@code graph} is in the target with {@code ng:contentHash contentHash}: the same text read by the
     * same extractor, so writing it again would change nothing. Safe to call from several threads.
     */
    boolean holds(Node graph, String contentHash);

    /**
     * Replaces each article graph of {@code batch} (dropping its old content) and brings the merged events up to
     * date, as one unit where the target allows it (one write transaction for TDB2; for a {@link RemoteStore}, one
     * SPARQL Update request per {@link RemoteStore#MAX_REQUEST_TRIPLES} triples). An article whose stored hash
     * equals its new one is left alone unless {@code force}.
     *
     * @return one result per article of {@code batch}, in the same order
     * @throws StoreException when the target cannot be written; for TDB2 nothing of the batch is then written, for
     *                        a remote store nothing of the request that failed
     */
    List<IngestResult> replaceGraphs(List<ArticleGraph> batch, boolean force);

    /** A name for messages: the store folder or the endpoint URL. */
    String describe();

    @Override
    void close();
}
