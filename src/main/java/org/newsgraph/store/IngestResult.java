package org.newsgraph.store;

/**
 * What replacing one article's graph did.
 *
 * @param status  whether the graph was written or left as it was
 * @param triples the number of triples now in the article's graph (0 when {@link Status#UNCHANGED})
 */
public record IngestResult(Status status, long triples) {

    public enum Status {
        /** the graph was (re)written */
        INGESTED,
        /** the stored graph was built from the same content by the same extractor: nothing written */
        UNCHANGED
    }

    public IngestResult {
        if (triples < 0) {
            throw new IllegalArgumentException("negative triple count");
        }
    }
}
