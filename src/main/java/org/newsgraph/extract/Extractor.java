package org.newsgraph.extract;

import java.util.Objects;
import java.util.function.Function;
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

    /**
     * An extractor of the given name doing what {@code extraction} does; the function must itself be a thread-safe,
     * pure function of the article, as this interface requires.
     */
    static Extractor of(String name, Function<Article, Extraction> extraction) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extraction, "extraction");
        return new Extractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Extraction extract(Article article) {
                return extraction.apply(article);
            }
        };
    }
}
