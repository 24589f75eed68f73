package org.newsgraph.extract;

import org.newsgraph.read.Article;

/**
 * Turns one article into records. Implementations are language-specific, thread-safe, and a pure function
 * of the article and the lexicons they were built with: no I/O, no store, no RDF.
 */
public interface Extractor {

    /** The extractor's name and version, recorded as the provenance of what it extracts. */
    String name();

    /** Never throws for any well-formed {@link Article}; a text with nothing to find yields the sentences only. */
    Extraction extract(Article article);
}
