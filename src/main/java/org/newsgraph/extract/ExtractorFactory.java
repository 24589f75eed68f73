package org.newsgraph.extract;

import org.newsgraph.extract.lexicon.Lexicon;

/**
 * Makes the extractor for one language; found with {@link java.util.ServiceLoader}, so a new language plugs in
 * by adding a class and a line in {@code META-INF/services}.
 */
public interface ExtractorFactory {

    /** The BCP 47 primary language tag this factory's extractors read ({@code ar}, {@code en}). */
    String language();

    /** An extractor working from the given lexicons; may take time (it compiles them), so build it once. */
    Extractor create(Lexicon lexicon);
}
